-- wrk script for SubmissionHttpBenchmark: each request submits the next unused invitation token
-- with one of the prepared answer bodies. Environment: TRIPART_TOKENS and TRIPART_ANSWERS name
-- files with one token / one JSON body per line. Each wrk thread takes every k-th token.
-- TRIPART_THINK_MS, when above 0, makes each connection wait a random time (exponential, that
-- mean) after each answer before its next request, like respondents who do not all press submit
-- at the same instant; 0 sends the next request at once.
local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

local function lines(path)
  local out = {}
  for line in io.lines(path) do
    if #line > 0 then table.insert(out, line) end
  end
  return out
end

function init(args)
  local all = lines(os.getenv("TRIPART_TOKENS"))
  bodies = lines(os.getenv("TRIPART_ANSWERS"))
  tokens = {}
  local step = tonumber(os.getenv("TRIPART_THREADS"))
  for i = index + 1, #all, step do table.insert(tokens, all[i]) end
  next_token = 0
  accepted = 0
  other = 0
  exhausted = 0
  headers = { ["Content-Type"] = "application/json" }
  think = tonumber(os.getenv("TRIPART_THINK_MS") or "0")
  math.randomseed(index + 1)
end

function delay()
  if think <= 0 then return 0 end
  return math.floor(-think * math.log(1 - math.random()))
end

function request()
  next_token = next_token + 1
  local t = tokens[next_token]
  if t == nil then
    exhausted = exhausted + 1
    t = tokens[1]
  end
  local body = bodies[(next_token % #bodies) + 1]
  return wrk.format("POST", "/api/respond/" .. t .. "/submit", headers, body)
end

function response(status, headers, body)
  if status == 201 then accepted = accepted + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local a, o, e = 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("accepted")
    o = o + t:get("other")
    e = e + t:get("exhausted")
  end
  io.write(string.format("TRIPART accepted=%d other=%d exhausted=%d errors=%d seconds=%.3f p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    a, o, e, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.duration / 1e6, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
