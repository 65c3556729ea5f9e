/*
 * Tripart respondent page behaviour. No framework, no build step, ES2017.
 *
 * - TripartSkipLogic.parse/evaluate: the skip-logic language of
 *   org/tripart/instrument/skip-logic.md (same grammar, same precedence: not > and > or;
 *   a comparison with an unanswered item, or with an answer of another kind, is false).
 * - TripartCalculation.parse/evaluate: the calculation language of
 *   org/tripart/instrument/calculations.md (unanswered -> null; sum/mean skip nulls; division by
 *   zero -> null; round half away from zero on the decimal value).
 * - On a page with form.survey: items whose data-when does not hold are hidden and disabled
 *   (disabled inputs are not submitted); options whose own data-when does not hold are hidden and
 *   disabled; calculated items (data-calculate) are recomputed and shown read-only, and later
 *   conditions see their values; exclusive checkboxes ("none of these") untick the others
 *   and are unticked by them; answers are autosaved to data-draft-action as JSON.
 * - Partner rosters (fieldset[data-type=roster]): each slot's province list becomes a combobox that
 *   searches data-search as the respondent types (arrow keys, Enter, Escape; ARIA combobox and
 *   listbox), slots are added from the roster's template up to data-max and removed, and the
 *   roster's value is one object per slot with an answer: {id | other, TIE: value, ...}.
 * The page works without this file: the server applies the same rules when the form is posted.
 */
(function () {
  'use strict';

  var KEYWORDS = ['and', 'or', 'not', 'in', 'has', 'answered'];

  function SkipLogicError(column, message) {
    this.name = 'SkipLogicError';
    this.column = column;
    this.message = 'column ' + column + ': ' + message;
  }
  SkipLogicError.prototype = Object.create(Error.prototype);

  function isDigit(c) {
    return c >= '0' && c <= '9';
  }

  function isLetter(c) {
    return /^[\p{L}]$/u.test(c);
  }

  function isLetterOrDigit(c) {
    return /^[\p{L}\p{Nd}]$/u.test(c);
  }

  function tokenize(s) {
    var out = [];
    var i = 0;
    while (i < s.length) {
      var c = s.charAt(i);
      var column = i + 1;
      if (/\s/.test(c)) {
        i++;
      } else if (isLetter(c) || c === '_') {
        var end = i;
        while (end < s.length && (isLetterOrDigit(s.charAt(end)) || s.charAt(end) === '_')) {
          end++;
        }
        var word = s.substring(i, end);
        out.push({ kind: KEYWORDS.indexOf(word) >= 0 ? 'keyword' : 'id', text: word, column: column });
        i = end;
      } else if (isDigit(c) || (c === '-' && i + 1 < s.length && isDigit(s.charAt(i + 1)))) {
        var stop = i + 1;
        while (stop < s.length && isDigit(s.charAt(stop))) {
          stop++;
        }
        if (stop + 1 < s.length && s.charAt(stop) === '.' && isDigit(s.charAt(stop + 1))) {
          stop += 2;
          while (stop < s.length && isDigit(s.charAt(stop))) {
            stop++;
          }
        }
        out.push({ kind: 'number', text: s.substring(i, stop), column: column });
        i = stop;
      } else if (c === "'") {
        var close = s.indexOf("'", i + 1);
        if (close < 0) {
          throw new SkipLogicError(column, 'the quote opened here is never closed');
        }
        out.push({ kind: 'string', text: s.substring(i + 1, close), column: column });
        i = close + 1;
      } else {
        var two = s.substring(i, i + 2);
        var symbol;
        if (two === '!=' || two === '<=' || two === '>=') {
          symbol = two;
        } else if (two === '==' || two === '&&' || two === '||') {
          throw new SkipLogicError(column, 'unexpected ' + two);
        } else if ('=<>(),'.indexOf(c) >= 0) {
          symbol = c;
        } else {
          throw new SkipLogicError(column, "unexpected character '" + c + "'");
        }
        out.push({ kind: 'symbol', text: symbol, column: column });
        i += symbol.length;
      }
    }
    out.push({ kind: 'end', text: '', column: s.length + 1 });
    return out;
  }

  function Parser(source) {
    this.tokens = tokenize(source);
    this.next = 0;
    this.depth = 0;
  }

  Parser.prototype.peek = function () {
    return this.tokens[this.next];
  };

  Parser.prototype.take = function () {
    var t = this.tokens[this.next];
    if (t.kind !== 'end') {
      this.next++;
    }
    return t;
  };

  function is(t, text) {
    return (t.kind === 'symbol' || t.kind === 'keyword') && t.text === text;
  }

  Parser.prototype.expect = function (text) {
    var t = this.take();
    if (!is(t, text)) {
      throw new SkipLogicError(t.column, "expected '" + text + "'");
    }
  };

  Parser.prototype.or = function () {
    var terms = [this.and()];
    while (is(this.peek(), 'or')) {
      this.next++;
      terms.push(this.and());
    }
    return terms.length === 1 ? terms[0] : { op: 'or', terms: terms };
  };

  Parser.prototype.and = function () {
    var terms = [this.unary()];
    while (is(this.peek(), 'and')) {
      this.next++;
      terms.push(this.unary());
    }
    return terms.length === 1 ? terms[0] : { op: 'and', terms: terms };
  };

  Parser.prototype.unary = function () {
    var t = this.peek();
    if (is(t, 'not') || is(t, '(')) {
      if (++this.depth > 64) {
        throw new SkipLogicError(t.column, 'the expression nests too deep');
      }
      this.next++;
      var result;
      if (is(t, 'not')) {
        result = { op: 'not', operand: this.unary() };
      } else {
        result = this.or();
        this.expect(')');
      }
      this.depth--;
      return result;
    }
    return this.atom();
  };

  Parser.prototype.quoted = function () {
    var t = this.take();
    if (t.kind !== 'string') {
      throw new SkipLogicError(t.column, 'expected an option code in quotes');
    }
    return t.text;
  };

  Parser.prototype.atom = function () {
    var t = this.take();
    if (is(t, 'answered')) {
      this.expect('(');
      var id = this.take();
      if (id.kind !== 'id') {
        throw new SkipLogicError(id.column, 'expected an item id');
      }
      this.expect(')');
      return { op: 'answered', item: id.text };
    }
    if (t.kind !== 'id') {
      throw new SkipLogicError(t.column, "expected an item id, 'not', '(' or answered(...)");
    }
    var op = this.take();
    if (is(op, '=') || is(op, '!=')) {
      var value = this.take();
      if (value.kind === 'string') {
        return { op: 'code', item: t.text, code: value.text, negated: op.text === '!=' };
      }
      if (value.kind === 'number') {
        return { op: 'number', item: t.text, cmp: op.text, value: parseFloat(value.text) };
      }
      throw new SkipLogicError(value.column, 'expected an option code in quotes');
    }
    if (is(op, '<') || is(op, '<=') || is(op, '>') || is(op, '>=')) {
      var number = this.take();
      if (number.kind !== 'number') {
        throw new SkipLogicError(number.column, 'expected a number after ' + op.text);
      }
      return { op: 'number', item: t.text, cmp: op.text, value: parseFloat(number.text) };
    }
    if (is(op, 'in')) {
      this.expect('(');
      var codes = [this.quoted()];
      while (is(this.peek(), ',')) {
        this.next++;
        codes.push(this.quoted());
      }
      this.expect(')');
      return { op: 'in', item: t.text, codes: codes };
    }
    if (is(op, 'has')) {
      return { op: 'has', item: t.text, code: this.quoted() };
    }
    throw new SkipLogicError(op.column, 'expected =, !=, <, <=, >, >=, in or has');
  };

  /** The syntax tree of an expression; throws SkipLogicError for bad syntax. */
  function parse(source) {
    var parser = new Parser(source);
    var root = parser.or();
    var rest = parser.peek();
    if (rest.kind !== 'end') {
      throw new SkipLogicError(rest.column, "expected 'and', 'or' or the end");
    }
    return root;
  }

  function has(answers, id) {
    return Object.prototype.hasOwnProperty.call(answers, id) && answers[id] !== null && answers[id] !== undefined;
  }

  /**
   * True when the tree holds for the answers: item id -> string (a chosen code, text, date,
   * institution), array of strings (ticked codes) or number. Absent or null means unanswered.
   */
  function test(node, answers) {
    var a;
    switch (node.op) {
      case 'or':
        return node.terms.some(function (t) { return test(t, answers); });
      case 'and':
        return node.terms.every(function (t) { return test(t, answers); });
      case 'not':
        return !test(node.operand, answers);
      case 'answered':
        return has(answers, node.item);
      case 'code':
        a = has(answers, node.item) ? answers[node.item] : undefined;
        return typeof a === 'string' && (a === node.code) !== node.negated;
      case 'in':
        a = has(answers, node.item) ? answers[node.item] : undefined;
        return typeof a === 'string' && node.codes.indexOf(a) >= 0;
      case 'has':
        a = has(answers, node.item) ? answers[node.item] : undefined;
        return Array.isArray(a) && a.indexOf(node.code) >= 0;
      case 'number':
        a = has(answers, node.item) ? answers[node.item] : undefined;
        if (typeof a !== 'number' || isNaN(a)) {
          return false;
        }
        switch (node.cmp) {
          case '=': return a === node.value;
          case '!=': return a !== node.value;
          case '<': return a < node.value;
          case '<=': return a <= node.value;
          case '>': return a > node.value;
          default: return a >= node.value;
        }
      default:
        return false;
    }
  }

  function evaluate(expression, answers) {
    return test(parse(expression), answers || {});
  }

  window.TripartSkipLogic = { parse: parse, evaluate: evaluate, SkipLogicError: SkipLogicError };

  /* ---- calculations (org/tripart/instrument/calculations.md) ---- */

  var FUNCTIONS = { round: [1, 2], sum: [1, Infinity], mean: [1, Infinity], min: [1, Infinity],
    max: [1, Infinity], abs: [1, 1], sqrt: [1, 1] };

  function CalcParser(source) {
    this.text = source;
    this.pos = 0;
    this.depth = 0;
  }

  CalcParser.prototype.peek = function () {
    var s = this.text;
    var i = this.pos;
    while (i < s.length && /\s/.test(s.charAt(i))) {
      i++;
    }
    if (i >= s.length) {
      return { kind: 'end', text: '', start: s.length, end: s.length };
    }
    var c = s.charAt(i);
    var end = i;
    if (isLetter(c) || c === '_') {
      while (end < s.length && (isLetterOrDigit(s.charAt(end)) || s.charAt(end) === '_')) {
        end++;
      }
      return { kind: 'id', text: s.substring(i, end), start: i, end: end };
    }
    if (isDigit(c)) {
      while (end < s.length && isDigit(s.charAt(end))) {
        end++;
      }
      if (end + 1 < s.length && s.charAt(end) === '.' && isDigit(s.charAt(end + 1))) {
        end += 2;
        while (end < s.length && isDigit(s.charAt(end))) {
          end++;
        }
      }
      return { kind: 'number', text: s.substring(i, end), start: i, end: end };
    }
    if ('+-*/^(),'.indexOf(c) >= 0) {
      return { kind: 'symbol', text: c, start: i, end: i + 1 };
    }
    if ("=<>!'".indexOf(c) >= 0) {
      throw new SkipLogicError(i + 1, 'comparisons and option codes belong in a condition: if(condition, value, otherwise)');
    }
    throw new SkipLogicError(i + 1, "unexpected character '" + c + "'");
  };

  CalcParser.prototype.take = function () {
    var t = this.peek();
    this.pos = t.end;
    return t;
  };

  function sym(t, text) {
    return t.kind === 'symbol' && t.text === text;
  }

  CalcParser.prototype.expect = function (text, problem) {
    var t = this.take();
    if (!sym(t, text)) {
      throw new SkipLogicError(t.start + 1, problem);
    }
  };

  CalcParser.prototype.enter = function (t) {
    if (++this.depth > 64) {
      throw new SkipLogicError(t.start + 1, 'the expression nests deeper than 64 levels');
    }
  };

  CalcParser.prototype.expr = function () {
    var left = this.term();
    for (var t = this.peek(); sym(t, '+') || sym(t, '-'); t = this.peek()) {
      this.pos = t.end;
      left = { op: t.text, left: left, right: this.term() };
    }
    return left;
  };

  CalcParser.prototype.term = function () {
    var left = this.unary();
    for (var t = this.peek(); sym(t, '*') || sym(t, '/'); t = this.peek()) {
      this.pos = t.end;
      left = { op: t.text, left: left, right: this.unary() };
    }
    return left;
  };

  CalcParser.prototype.unary = function () {
    var t = this.peek();
    if (sym(t, '-')) {
      this.enter(t);
      this.pos = t.end;
      var result = { op: 'neg', operand: this.unary() };
      this.depth--;
      return result;
    }
    return this.power();
  };

  CalcParser.prototype.power = function () {
    var base = this.primary();
    var t = this.peek();
    if (sym(t, '^')) {
      this.enter(t);
      this.pos = t.end;
      var result = { op: '^', left: base, right: this.unary() };
      this.depth--;
      return result;
    }
    return base;
  };

  CalcParser.prototype.primary = function () {
    var t = this.take();
    if (t.kind === 'number') {
      return { op: 'num', value: parseFloat(t.text) };
    }
    if (sym(t, '(')) {
      this.enter(t);
      var inner = this.expr();
      this.expect(')', "expected ')' to close the '(' at column " + (t.start + 1));
      this.depth--;
      return inner;
    }
    if (t.kind !== 'id') {
      throw new SkipLogicError(t.start + 1, "expected a number, an item id, a function or '('");
    }
    if (!sym(this.peek(), '(')) {
      return { op: 'ref', item: t.text };
    }
    this.enter(t);
    this.pos = this.peek().end;
    var call = t.text === 'if' ? this.ifCall(t) : this.call(t);
    this.depth--;
    return call;
  };

  CalcParser.prototype.call = function (name) {
    var arity = FUNCTIONS[name.text];
    if (!Object.prototype.hasOwnProperty.call(FUNCTIONS, name.text)) {
      throw new SkipLogicError(name.start + 1, "unknown function '" + name.text + "'");
    }
    var args = [this.expr()];
    while (sym(this.peek(), ',')) {
      this.pos = this.peek().end;
      args.push(this.expr());
    }
    this.expect(')', "expected ',' or ')' in the arguments of " + name.text);
    if (args.length > arity[1]) {
      throw new SkipLogicError(name.start + 1, name.text + ' takes fewer arguments');
    }
    if (name.text === 'round' && args.length === 2) {
      var d = args[1].op === 'neg' ? args[1].operand : args[1];
      if (d.op !== 'num' || d.value !== Math.round(d.value) || d.value > 15) {
        throw new SkipLogicError(name.start + 1, 'the digits of round must be a whole number, like round(x, 1)');
      }
    }
    return { op: 'call', name: name.text, args: args };
  };

  CalcParser.prototype.ifCall = function (name) {
    var s = this.text;
    var start = this.pos;
    var parens = 0;
    var end = -1;
    for (var i = start; i < s.length && end < 0; i++) {
      var c = s.charAt(i);
      if (c === "'") {
        var close = s.indexOf("'", i + 1);
        if (close < 0) {
          throw new SkipLogicError(i + 1, 'the quote opened here is never closed');
        }
        i = close;
      } else if (c === '(') {
        parens++;
      } else if (c === ')') {
        if (parens-- === 0) {
          break;
        }
      } else if (c === ',' && parens === 0) {
        end = i;
      }
    }
    if (end < 0) {
      throw new SkipLogicError(name.start + 1, 'if needs a condition and two values: if(condition, value, otherwise)');
    }
    var condition;
    try {
      condition = parse(s.substring(start, end));
    } catch (e) {
      throw new SkipLogicError(start + e.column, e.message.replace(/^column \d+: /, ''));
    }
    this.pos = end + 1;
    var then = this.expr();
    this.expect(',', "expected ',' between the two values of if");
    var otherwise = this.expr();
    this.expect(')', "expected ')' after the two values of if");
    return { op: 'if', condition: condition, then: then, otherwise: otherwise };
  };

  /** The syntax tree of a calculation; throws SkipLogicError (with the column) for bad syntax. */
  function parseCalculation(source) {
    var parser = new CalcParser(source);
    var root = parser.expr();
    var rest = parser.peek();
    if (rest.kind !== 'end') {
      throw new SkipLogicError(rest.start + 1, 'expected an operator or the end');
    }
    return root;
  }

  function finite(x) {
    return typeof x === 'number' && isFinite(x) ? x : null;
  }

  /** A choice code's number without option values: a plain number, yes = 1, no = 0. */
  function codeValue(code) {
    if (code === 'yes') {
      return 1;
    }
    if (code === 'no') {
      return 0;
    }
    return /^-?[0-9]{1,15}(\.[0-9]{1,15})?$/.test(code) ? parseFloat(code) : null;
  }

  function itemValue(id, answers, values) {
    var a = has(answers, id) ? answers[id] : undefined;
    if (typeof a === 'number') {
      return finite(a);
    }
    if (typeof a !== 'string') {
      return null;
    }
    if (values && Object.prototype.hasOwnProperty.call(values, id)) {
      var v = values[id][a];
      return typeof v === 'number' ? v : null;
    }
    return codeValue(a);
  }

  /** Adds one to a string of decimal digits. */
  function increment(digits) {
    var out = digits.split('');
    for (var i = out.length - 1; i >= 0; i--) {
      if (out[i] !== '9') {
        out[i] = String.fromCharCode(out[i].charCodeAt(0) + 1);
        return out.join('');
      }
      out[i] = '0';
    }
    return '1' + out.join('');
  }

  /** Half away from zero on the shortest decimal that denotes x, as Java's BigDecimal does. */
  function roundDecimal(x, digits) {
    var s = Math.abs(x).toString();
    if (s.indexOf('e') >= 0) {
      var f = Math.pow(10, digits);
      return (x < 0 ? -1 : 1) * Math.round(Math.abs(x) * f) / f;
    }
    var dot = s.indexOf('.');
    var whole = dot < 0 ? s : s.substring(0, dot);
    var all = whole + (dot < 0 ? '' : s.substring(dot + 1));
    var keep = whole.length + digits;
    if (keep >= all.length) {
      return x;
    }
    if (keep < 0) {
      return 0;
    }
    var kept = all.substring(0, keep) || '0';
    if (all.charAt(keep) >= '5') {
      kept = increment(kept);
    }
    var magnitude = digits >= 0
      ? parseFloat(kept) / Math.pow(10, digits)
      : parseFloat(kept) * Math.pow(10, -digits);
    return magnitude === 0 ? 0 : (x < 0 ? -magnitude : magnitude);
  }

  function calc(node, answers, values) {
    var a;
    var b;
    switch (node.op) {
      case 'num':
        return node.value;
      case 'ref':
        return itemValue(node.item, answers, values);
      case 'neg':
        a = calc(node.operand, answers, values);
        return a === null ? null : -a;
      case '+': case '-': case '*': case '/': case '^':
        a = calc(node.left, answers, values);
        if (a === null) {
          return null;
        }
        b = calc(node.right, answers, values);
        if (b === null) {
          return null;
        }
        switch (node.op) {
          case '+': return finite(a + b);
          case '-': return finite(a - b);
          case '*': return finite(a * b);
          case '/': return b === 0 ? null : finite(a / b);
          default: return finite(Math.pow(a, b));
        }
      case 'if':
        return test(node.condition, answers)
          ? calc(node.then, answers, values)
          : calc(node.otherwise, answers, values);
      default:
        return call(node, answers, values);
    }
  }

  function call(node, answers, values) {
    var xs = node.args.map(function (e) { return calc(e, answers, values); });
    if (node.name === 'sum' || node.name === 'mean') {
      var given = xs.filter(function (x) { return x !== null; });
      if (given.length === 0) {
        return null;
      }
      var total = given.reduce(function (s, x) { return s + x; }, 0);
      return finite(node.name === 'sum' ? total : total / given.length);
    }
    if (xs.some(function (x) { return x === null; })) {
      return null;
    }
    switch (node.name) {
      case 'round': return finite(roundDecimal(xs[0], xs.length > 1 ? xs[1] : 0));
      case 'min': return Math.min.apply(null, xs);
      case 'max': return Math.max.apply(null, xs);
      case 'abs': return Math.abs(xs[0]);
      default: return xs[0] < 0 ? null : Math.sqrt(xs[0]);
    }
  }

  /**
   * The value of a calculation for the answers (as for skip logic), or null when it has none;
   * values optionally maps an item id to the number of each of its option codes.
   */
  function calculate(expression, answers, values) {
    return calc(parseCalculation(expression), answers || {}, values);
  }

  window.TripartCalculation = { parse: parseCalculation, evaluate: calculate };

  /* ---- page behaviour ---- */

  var NUMERIC = ['integer', 'decimal'];

  /** The raw value of one item as the form holds it: string, array of codes, or undefined. */
  function rawValue(fieldset) {
    var type = fieldset.getAttribute('data-type');
    if (type === 'roster') {
      return rosterValue(fieldset);
    }
    var controls = fieldset.querySelectorAll('input, select, textarea');
    if (type === 'multiple') {
      var ticked = [];
      controls.forEach(function (c) {
        if (c.checked && !c.disabled) {
          ticked.push(c.value);
        }
      });
      return ticked.length ? ticked : undefined;
    }
    for (var i = 0; i < controls.length; i++) {
      var c = controls[i];
      if (c.disabled || ((c.type === 'radio' || c.type === 'checkbox') && !c.checked)) {
        continue;
      }
      if (c.value.trim() !== '') {
        return c.value;
      }
    }
    return undefined;
  }

  /** The value skip logic sees: numbers of numeric items as numbers. */
  function logicValue(fieldset, raw) {
    if (raw === undefined) {
      return undefined;
    }
    if (NUMERIC.indexOf(fieldset.getAttribute('data-type')) >= 0) {
      var n = Number(raw);
      return isFinite(n) ? n : undefined;
    }
    return raw;
  }

  /** Hides an item that does not apply; a fieldset is also disabled, so it is not submitted. */
  function setApplies(element, applies) {
    if (element.hidden !== !applies) {
      element.hidden = !applies;
    }
    if (element.tagName === 'FIELDSET' && element.disabled !== !applies) {
      element.disabled = !applies;
    }
  }

  /** Shows the options whose own condition holds; the others are hidden and disabled. */
  function applyOptionConditions(fieldset, logic) {
    fieldset.querySelectorAll('label[data-when]').forEach(function (label) {
      var offered = true;
      try {
        offered = evaluate(label.getAttribute('data-when'), logic);
      } catch (e) {
        offered = true;
      }
      label.hidden = !offered;
      label.querySelectorAll('input').forEach(function (input) {
        input.disabled = !offered;
      });
    });
  }

  /** Item id -> option code -> the number it counts for in calculations (data-value). */
  function optionValues(form) {
    var values = {};
    form.querySelectorAll('input[data-value]').forEach(function (input) {
      var fieldset = input.closest('[data-item]');
      var id = fieldset.getAttribute('data-item');
      values[id] = values[id] || {};
      values[id][input.value] = Number(input.getAttribute('data-value'));
    });
    form.querySelectorAll('fieldset[data-item]').forEach(function (fieldset) {
      var type = fieldset.getAttribute('data-type');
      var id = fieldset.getAttribute('data-item');
      if ((type === 'single' || type === 'likert' || type === 'yesno') && !values[id]) {
        values[id] = {};
      }
    });
    return values;
  }

  function showValue(element, value) {
    var output = element.querySelector('output');
    if (output) {
      var text = value === null ? '' : String(value);
      if (output.textContent !== text) {
        output.textContent = text;
      }
    }
  }

  function refreshSections(form) {
    form.querySelectorAll('section.section').forEach(function (section) {
      var items = section.querySelectorAll('[data-item]');
      var any = false;
      items.forEach(function (f) {
        any = any || !f.hidden;
      });
      section.hidden = items.length > 0 && !any;
    });
  }

  /**
   * Applies skip logic, option conditions and calculations in display order; returns the answers
   * of the items that apply (calculated values are not sent: the server computes them).
   */
  function applySkipLogic(form) {
    var logic = {};
    var raw = {};
    var values = optionValues(form);
    form.querySelectorAll('[data-item]').forEach(function (element) {
      var id = element.getAttribute('data-item');
      var when = element.getAttribute('data-when');
      var applies = true;
      if (when) {
        try {
          applies = evaluate(when, logic);
        } catch (e) {
          applies = true;
        }
      }
      setApplies(element, applies);
      var calculation = element.getAttribute('data-calculate');
      if (calculation) {
        var computed = null;
        if (applies) {
          try {
            computed = calculate(calculation, logic, values);
          } catch (e) {
            computed = null;
          }
        }
        showValue(element, computed);
        if (computed !== null) {
          logic[id] = computed;
        }
        return;
      }
      if (applies && element.tagName === 'FIELDSET') {
        applyOptionConditions(element, logic);
        var value = rawValue(element);
        if (value !== undefined) {
          raw[id] = value;
          var v = logicValue(element, value);
          if (v !== undefined) {
            logic[id] = v;
          }
        }
      }
    });
    refreshSections(form);
    return raw;
  }

  function enforceExclusive(changed) {
    if (changed.type !== 'checkbox' || !changed.checked) {
      return;
    }
    var fieldset = changed.closest('fieldset[data-tie], fieldset[data-item]');
    if (!fieldset) {
      return;
    }
    var exclusive = changed.hasAttribute('data-exclusive');
    fieldset.querySelectorAll('input[type=checkbox]').forEach(function (box) {
      if (box !== changed && (exclusive || box.hasAttribute('data-exclusive'))) {
        box.checked = false;
      }
    });
  }

  function Autosaver(form) {
    this.form = form;
    this.url = form.getAttribute('data-draft-action');
    this.status = form.querySelector('.save-status');
    this.timer = null;
    this.retryDelay = 2000;
    this.saving = false;
    this.pending = false;
    var csrf = form.querySelector('input[name=_csrf]');
    this.csrf = csrf ? csrf.value : '';
  }

  Autosaver.prototype.say = function (key) {
    if (this.status) {
      this.status.textContent = this.status.getAttribute('data-' + key) || '';
      this.status.setAttribute('data-state', key);
    }
  };

  Autosaver.prototype.schedule = function (delay) {
    var self = this;
    if (!this.url) {
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.save(); }, delay);
  };

  Autosaver.prototype.save = function () {
    var self = this;
    if (this.saving) {
      this.pending = true;
      return;
    }
    this.saving = true;
    this.pending = false;
    this.say('saving');
    var answers = applySkipLogic(this.form);
    fetch(this.url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': this.csrf },
      body: JSON.stringify({ answers: answers })
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      self.retryDelay = 2000;
      self.say('saved');
    }).catch(function () {
      self.say('failed');
      self.pending = true;
      self.retryDelay = Math.min(self.retryDelay * 2, 60000);
    }).then(function () {
      self.saving = false;
      if (self.pending) {
        self.schedule(self.status && self.status.getAttribute('data-state') === 'failed' ? self.retryDelay : 800);
      }
    });
  };

  /* ---- partner rosters ---- */

  var SEARCH_DELAY = 200;

  function slotsOf(roster) {
    var list = roster.querySelector('ol.partners');
    return list ? Array.prototype.filter.call(list.children, function (li) {
      return li.classList.contains('partner');
    }) : [];
  }

  /** The named, enabled control of a slot whose field is this one (id, other). */
  function slotControl(li, field) {
    var controls = li.querySelectorAll('[name]');
    for (var i = 0; i < controls.length; i++) {
      var name = controls[i].getAttribute('name');
      if (!controls[i].disabled && name.slice(name.lastIndexOf('.') + 1) === field) {
        return controls[i];
      }
    }
    return null;
  }

  /** One object per slot with an answer, in slot order; undefined when no slot has one. */
  function rosterValue(roster) {
    var entries = [];
    slotsOf(roster).forEach(function (li) {
      var entry = {};
      var any = false;
      ['id', 'other'].forEach(function (field) {
        var c = slotControl(li, field);
        if (c && c.value.trim() !== '') {
          entry[field] = c.value.trim();
          any = true;
        }
      });
      li.querySelectorAll('fieldset[data-tie]').forEach(function (tie) {
        var v = rawValue(tie);
        if (v !== undefined) {
          entry[tie.getAttribute('data-tie')] = v;
          any = true;
        }
      });
      if (any) {
        entries.push(entry);
      }
    });
    return entries.length ? entries : undefined;
  }

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /** Gives a slot number k: its fields ROSTER.k.FIELD, its ids ...-ROSTER-k-..., its legend. */
  function numberSlot(roster, li, k) {
    var item = roster.getAttribute('data-item');
    var old = li.getAttribute('data-slot');
    if (old === String(k)) {
      return;
    }
    var pattern = new RegExp('(^|[\\s-])' + escapeRegExp(item) + '([.-])' + escapeRegExp(old) + '(?=[.-]|\\s|$)', 'g');
    var replacement = '$1' + item + '$2' + k;
    var attributes = ['name', 'id', 'for', 'aria-controls', 'aria-labelledby', 'aria-describedby',
      'aria-activedescendant'];
    [li].concat(Array.prototype.slice.call(li.querySelectorAll('*'))).forEach(function (el) {
      attributes.forEach(function (a) {
        var v = el.getAttribute(a);
        if (v !== null) {
          el.setAttribute(a, v.replace(pattern, replacement));
        }
      });
    });
    li.setAttribute('data-slot', String(k));
    var number = li.querySelector('.slot-number');
    if (number) {
      number.textContent = String(k);
    }
  }

  function Combobox(roster, li) {
    this.roster = roster;
    this.li = li;
    this.input = li.querySelector('input[role=combobox]');
    this.hidden = li.querySelector('input.partner-id');
    this.listbox = li.querySelector('ul[role=listbox]');
    this.status = li.querySelector('.search-status');
    this.province = li.querySelector('select.province');
    this.options = [];
    this.active = -1;
    this.timer = null;
    this.asked = 0;
    var self = this;
    this.input.addEventListener('input', function () {
      if (self.hidden.value !== '') {
        self.hidden.value = '';
        self.hidden.dispatchEvent(new Event('change', { bubbles: true }));
      }
      self.schedule();
    });
    this.input.addEventListener('keydown', function (event) { self.key(event); });
    this.input.addEventListener('blur', function () {
      setTimeout(function () { self.close(); }, 150);
    });
    if (this.province) {
      this.province.addEventListener('change', function () {
        if (self.hidden.value === '') {
          self.schedule();
        }
      });
    }
  }

  Combobox.prototype.schedule = function () {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.search(); }, SEARCH_DELAY);
  };

  Combobox.prototype.search = function () {
    var self = this;
    var roster = this.roster;
    var params = ['q=' + encodeURIComponent(this.input.value.trim()),
      'lang=' + encodeURIComponent(roster.getAttribute('data-lang') || '')];
    (roster.getAttribute('data-sectors') || '').split(',').forEach(function (s) {
      if (s) {
        params.push('sector=' + encodeURIComponent(s));
      }
    });
    if (this.province && this.province.value) {
      params.push('province=' + encodeURIComponent(this.province.value));
    }
    var ticket = ++this.asked;
    fetch(roster.getAttribute('data-search') + '?' + params.join('&'), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }).then(function (found) {
      if (ticket === self.asked) {
        self.show(found);
      }
    }).catch(function () {
      if (ticket === self.asked) {
        self.show([]);
        self.say(roster.getAttribute('data-text-failed'));
      }
    });
  };

  Combobox.prototype.say = function (text) {
    if (this.status) {
      this.status.textContent = text || '';
    }
  };

  Combobox.prototype.show = function (found) {
    var self = this;
    var listbox = this.listbox;
    while (listbox.firstChild) {
      listbox.removeChild(listbox.firstChild);
    }
    this.options = found;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    found.forEach(function (o, i) {
      var option = document.createElement('li');
      option.id = listbox.id + '-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-id', o.id);
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = o.name;
      var where = document.createElement('span');
      where.className = 'where';
      where.textContent = o.provinceName + ' · ' + o.sectorName;
      option.appendChild(name);
      option.appendChild(where);
      option.addEventListener('mousedown', function (event) { event.preventDefault(); });
      option.addEventListener('click', function () { self.pick(i); });
      listbox.appendChild(option);
    });
    var open = found.length > 0;
    listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', open ? 'true' : 'false');
    var roster = this.roster;
    this.say(open
      ? (roster.getAttribute('data-text-matches') || '').replace('{n}', String(found.length))
      : roster.getAttribute('data-text-none'));
  };

  Combobox.prototype.close = function () {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  };

  Combobox.prototype.isOpen = function () {
    return !this.listbox.hidden;
  };

  Combobox.prototype.move = function (step) {
    var n = this.options.length;
    if (n === 0) {
      return;
    }
    this.active = this.active < 0 ? (step > 0 ? 0 : n - 1) : (this.active + step + n) % n;
    var self = this;
    Array.prototype.forEach.call(this.listbox.children, function (option, i) {
      option.setAttribute('aria-selected', i === self.active ? 'true' : 'false');
    });
    var current = this.listbox.children[this.active];
    this.input.setAttribute('aria-activedescendant', current.id);
    if (current.scrollIntoView) {
      current.scrollIntoView({ block: 'nearest' });
    }
  };

  Combobox.prototype.key = function (event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.isOpen()) {
        clearTimeout(this.timer);
        this.search();
        return;
      }
      this.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!this.isOpen()) {
        clearTimeout(this.timer);
        this.search();
      } else if (this.active >= 0) {
        this.pick(this.active);
      } else if (this.options.length === 1) {
        this.pick(0);
      }
    } else if (event.key === 'Escape' && this.isOpen()) {
      event.preventDefault();
      this.close();
    }
  };

  Combobox.prototype.pick = function (i) {
    var o = this.options[i];
    if (!o) {
      return;
    }
    this.input.value = o.name;
    this.hidden.value = o.id;
    this.close();
    this.say('');
    this.hidden.dispatchEvent(new Event('change', { bubbles: true }));
  };

  /** Turns a slot's province list into the search box when the roster has a search route. */
  function enhanceSlot(roster, li, changed) {
    if (roster.hasAttribute('data-search') && li.querySelector('input[role=combobox]')) {
      li.querySelectorAll('.listed').forEach(function (listed) {
        listed.hidden = true;
        listed.querySelectorAll('select').forEach(function (s) { s.disabled = true; });
      });
      li.querySelectorAll('.show-organisations').forEach(function (b) { b.remove(); });
      var province = li.querySelector('select.province');
      if (province) {
        province.removeAttribute('name');
      }
      var search = li.querySelector('.search');
      search.hidden = false;
      search.querySelectorAll('input').forEach(function (input) { input.disabled = false; });
      li.combobox = new Combobox(roster, li);
    }
    var remove = li.querySelector('.remove-partner');
    if (remove) {
      remove.hidden = false;
      remove.addEventListener('click', function () {
        li.remove();
        slotsOf(roster).forEach(function (other, i) { numberSlot(roster, other, i + 1); });
        if (slotsOf(roster).length === 0) {
          addSlot(roster, changed);
        }
        refreshRoster(roster);
        var add = roster.querySelector('.add-partner');
        var next = add && !add.hidden ? add : roster.querySelector('input[role=combobox]:not([disabled]), select');
        if (next) {
          next.focus();
        }
        changed();
      });
    }
  }

  function addSlot(roster, changed) {
    var template = roster.querySelector('template.partner-template');
    var list = roster.querySelector('ol.partners');
    if (!template || !list) {
      return null;
    }
    var k = String(slotsOf(roster).reduce(function (most, li) {
      return Math.max(most, Number(li.getAttribute('data-slot')) || 0);
    }, 0) + 1);
    var holder = document.createElement('ol');
    holder.innerHTML = template.innerHTML.split('__slot__').join(k);
    var li = holder.querySelector('li.partner');
    list.appendChild(li);
    enhanceSlot(roster, li, changed);
    refreshRoster(roster);
    return li;
  }

  function refreshRoster(roster) {
    var add = roster.querySelector('.add-partner');
    if (add) {
      add.hidden = slotsOf(roster).length >= Number(roster.getAttribute('data-max') || 0);
    }
  }

  function enhanceRosters(form, changed) {
    form.querySelectorAll('fieldset[data-type=roster]').forEach(function (roster) {
      slotsOf(roster).forEach(function (li) { enhanceSlot(roster, li, changed); });
      var add = roster.querySelector('.add-partner');
      if (add) {
        add.addEventListener('click', function () {
          var li = addSlot(roster, changed);
          var focus = li && (li.querySelector('input[role=combobox]:not([disabled])') ||
            li.querySelector('select'));
          if (focus) {
            focus.focus();
          }
        });
      }
      refreshRoster(roster);
    });
  }

  /* ---- submissions that outlive an outage of the store ---- */

  var PENDING = 'tripart-pending:';

  /**
   * Sends the form by fetch instead of the browser's own submission, so that a 503 (the store is
   * down) or a lost connection does not lose the answers: the encoded form is kept in
   * localStorage under this page's path, a notice says so, and it is sent again (after the
   * server's Retry-After, backing off to a minute) until the server answers. Any other answer is
   * shown as the browser would have: a redirect is followed, a page (validation errors) replaces
   * this one. A kept submission is sent again when the page is opened later on this device.
   */
  function Submitter(form) {
    this.form = form;
    this.notice = form.querySelector('.outage');
    this.key = PENDING + window.location.pathname;
    this.delay = 2000;
    this.timer = null;
  }

  Submitter.prototype.usable = function () {
    try {
      return !!(window.fetch && window.URLSearchParams && window.FormData && window.localStorage);
    } catch (e) {
      return false;
    }
  };

  Submitter.prototype.tell = function (key) {
    if (this.notice) {
      this.notice.textContent = this.notice.getAttribute('data-' + key) || '';
      this.notice.hidden = false;
      this.notice.setAttribute('data-state', key);
    }
  };

  Submitter.prototype.submit = function (event) {
    var data = new FormData(this.form);
    if (event.submitter && event.submitter.name) {
      data.set(event.submitter.name, event.submitter.value);
    }
    var body = new URLSearchParams(data).toString();
    this.send(body);
  };

  Submitter.prototype.send = function (body) {
    var self = this;
    clearTimeout(this.timer);
    fetch(this.form.action, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'follow',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body
    }).then(function (response) {
      if (response.status === 503) {
        var after = parseInt(response.headers.get('Retry-After'), 10);
        self.keep(body, isNaN(after) ? self.delay : Math.max(1000, after * 1000));
        return null;
      }
      try {
        window.localStorage.removeItem(self.key);
      } catch (e) { /* storage refused: nothing kept */ }
      if (response.redirected) {
        window.location.assign(response.url);
        return null;
      }
      return response.text().then(function (html) {
        document.open();
        document.write(html);
        document.close();
      });
    }).catch(function () {
      self.keep(body, self.delay);
    });
  };

  Submitter.prototype.keep = function (body, wait) {
    var self = this;
    try {
      window.localStorage.setItem(this.key, body);
    } catch (e) { /* storage full or refused: the page itself keeps the answers while open */ }
    this.tell('kept');
    this.delay = Math.min(Math.max(this.delay, wait) * 2, 60000);
    this.timer = setTimeout(function () { self.send(body); }, wait);
  };

  /** Sends a submission kept by an earlier visit of this page, if there is one. */
  Submitter.prototype.resume = function () {
    var body = null;
    try {
      body = window.localStorage.getItem(this.key);
    } catch (e) {
      body = null;
    }
    if (body) {
      this.tell('resent');
      this.send(body);
    }
  };

  function start() {
    var form = document.querySelector('form.survey');
    if (!form) {
      return;
    }
    document.documentElement.classList.add('js');
    var saver = new Autosaver(form);
    enhanceRosters(form, function () {
      applySkipLogic(form);
      saver.schedule(800);
    });
    applySkipLogic(form);
    function changed(event) {
      if (event.target && event.target.matches && event.target.matches('input, select, textarea')) {
        enforceExclusive(event.target);
        applySkipLogic(form);
        saver.schedule(800);
      }
    }
    form.addEventListener('change', changed);
    form.addEventListener('input', function (event) {
      if (event.target && event.target.type === 'number') {
        applySkipLogic(form);
      }
      if (event.target && (event.target.tagName === 'TEXTAREA' || event.target.type === 'number' || event.target.type === 'text')) {
        saver.schedule(1500);
      }
    });
    var submitter = new Submitter(form);
    form.addEventListener('submit', function (event) {
      clearTimeout(saver.timer);
      applySkipLogic(form);
      if (submitter.usable()) {
        event.preventDefault();
        submitter.submit(event);
      }
    });
    if (submitter.usable()) {
      submitter.resume();
    }
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
