/*
 * Tripart respondent page behaviour. No framework, no build step, ES2017.
 *
 * - TripartSkipLogic.parse/evaluate: the skip-logic language of
 *   org/tripart/instrument/skip-logic.md (same grammar, same precedence: not > and > or;
 *   a comparison with an unanswered item, or with an answer of another kind, is false).
 * - On a page with form.survey: items whose data-when does not hold are hidden and disabled
 *   (disabled inputs are not submitted); exclusive checkboxes ("none of these") untick the others
 *   and are unticked by them; answers are autosaved to data-draft-action as JSON.
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

  /* ---- page behaviour ---- */

  var NUMERIC = ['integer', 'decimal'];

  /** The raw value of one item as the form holds it: string, array of codes, or undefined. */
  function rawValue(fieldset) {
    var type = fieldset.getAttribute('data-type');
    var controls = fieldset.querySelectorAll('input, select, textarea');
    if (type === 'multiple') {
      var ticked = [];
      controls.forEach(function (c) {
        if (c.checked) {
          ticked.push(c.value);
        }
      });
      return ticked.length ? ticked : undefined;
    }
    for (var i = 0; i < controls.length; i++) {
      var c = controls[i];
      if ((c.type === 'radio' || c.type === 'checkbox') && !c.checked) {
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

  function setApplies(fieldset, applies) {
    if (fieldset.hidden === !applies && fieldset.disabled === !applies) {
      return;
    }
    fieldset.hidden = !applies;
    fieldset.disabled = !applies;
  }

  function refreshSections(form) {
    form.querySelectorAll('section.section').forEach(function (section) {
      var items = section.querySelectorAll('fieldset[data-item]');
      var any = false;
      items.forEach(function (f) {
        any = any || !f.hidden;
      });
      section.hidden = items.length > 0 && !any;
    });
  }

  /** Applies skip logic in display order; returns the answers of the items that apply. */
  function applySkipLogic(form) {
    var logic = {};
    var raw = {};
    form.querySelectorAll('fieldset[data-item]').forEach(function (fieldset) {
      var id = fieldset.getAttribute('data-item');
      var when = fieldset.getAttribute('data-when');
      var applies = true;
      if (when) {
        try {
          applies = evaluate(when, logic);
        } catch (e) {
          applies = true;
        }
      }
      setApplies(fieldset, applies);
      if (applies) {
        var value = rawValue(fieldset);
        if (value !== undefined) {
          raw[id] = value;
          var v = logicValue(fieldset, value);
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
    var fieldset = changed.closest('fieldset[data-item]');
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

  function start() {
    var form = document.querySelector('form.survey');
    if (!form) {
      return;
    }
    document.documentElement.classList.add('js');
    applySkipLogic(form);
    var saver = new Autosaver(form);
    function changed(event) {
      if (event.target && event.target.matches && event.target.matches('input, select, textarea')) {
        enforceExclusive(event.target);
        applySkipLogic(form);
        saver.schedule(800);
      }
    }
    form.addEventListener('change', changed);
    form.addEventListener('input', function (event) {
      if (event.target && (event.target.tagName === 'TEXTAREA' || event.target.type === 'number' || event.target.type === 'text')) {
        saver.schedule(1500);
      }
    });
    form.addEventListener('submit', function () {
      clearTimeout(saver.timer);
      applySkipLogic(form);
    });
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
