/*
 * Decide a relief-bars cell for the facts known about a person: the browser's copy of
 * macros/bar_rules.py (holds, evaluate, groupOf, assess), run on the same JSON rules the pages carry.
 * Parity tests feed both the same cells and facts. Pure functions: no DOM, no storage, no network.
 */
(function (root) {
  "use strict";

  var EFFECT_ORDER = ["bar", "waivable", "case-by-case", "discretionary", "no-bar"];
  var GROUP_ORDER = ["barred", "analysis", "waivable", "open"];
  var GROUP_OF_EFFECT = {
    "bar": "barred",
    "waivable": "waivable",
    "case-by-case": "analysis",
    "discretionary": "open",
    "no-bar": "open"
  };

  function known(value) {
    return value !== undefined && value !== null && value !== "";
  }

  function compare(value, bound, threshold) {
    if (bound === "at_least" || bound === "on_or_after") return value >= threshold;
    if (bound === "more_than") return value > threshold;
    if (bound === "at_most") return value <= threshold;
    return value < threshold; // less_than, before
  }

  /* true, false, or null when an unknown fact leaves it open (every test must hold). */
  function holds(when, facts) {
    var result = true;
    var names = Object.keys(when);
    for (var i = 0; i < names.length; i += 1) {
      var test = when[names[i]];
      var value = facts[names[i]];
      if (!known(value)) {
        result = null;
        continue;
      }
      var passed;
      if (test !== null && typeof test === "object") {
        passed = Object.keys(test).every(function (bound) { return compare(value, bound, test[bound]); });
      } else {
        passed = value === test;
      }
      if (!passed) return false;
    }
    return result;
  }

  /* {possible: [...effects], rule: index or null, missing: [...facts]}; effect is set when one is possible. */
  function evaluate(rules, facts) {
    var possible = [];
    var missing = [];
    for (var index = 0; index < rules.length; index += 1) {
      var rule = rules[index];
      var state = rule.when === null ? true : holds(rule.when, facts);
      if (state === false) continue;
      if (possible.indexOf(rule.effect) < 0) possible.push(rule.effect);
      if (state === true) {
        if (possible.length === 1) return { possible: [rule.effect], rule: index, missing: [], effect: rule.effect };
        break;
      }
      Object.keys(rule.when).forEach(function (name) {
        if (!known(facts[name]) && missing.indexOf(name) < 0) missing.push(name);
      });
    }
    possible.sort(function (a, b) { return EFFECT_ORDER.indexOf(a) - EFFECT_ORDER.indexOf(b); });
    return { possible: possible, rule: null, missing: missing, effect: possible.length === 1 ? possible[0] : null };
  }

  /* Where a relief form stands given several verdicts (null: not assessed). */
  function groupOf(verdicts) {
    var groups = {};
    verdicts.forEach(function (verdict) {
      groups[verdict === null || verdict.effect === null ? "analysis" : GROUP_OF_EFFECT[verdict.effect]] = true;
    });
    for (var i = 0; i < GROUP_ORDER.length; i += 1) if (groups[GROUP_ORDER[i]]) return GROUP_ORDER[i];
    return "open";
  }

  /* Where a relief form stands for a person: {group, findings: [{source, crime, verdict}]}.
     ``crimes`` null: the categories are not known. The same as macros/bar_rules.py's assess. */
  function assess(cells, general, crimes, facts) {
    var findings = crimes === null ? [{ source: "unknown", crime: "", verdict: null }] : [];
    (crimes || []).forEach(function (crime) {
      findings.push({ source: "crime", crime: crime, verdict: cells[crime] ? evaluate(cells[crime], facts) : null });
    });
    general.forEach(function (rules, index) {
      var verdict = evaluate(rules, facts);
      if (verdict.effect !== "no-bar") findings.push({ source: "general", crime: "", verdict: verdict, index: index });
    });
    return { group: groupOf(findings.map(function (f) { return f.verdict; })), findings: findings };
  }

  /* A verdict in words: its effect, or the effects still possible and the facts they depend on.
     ``words``: {effects: {effect: {label}}, facts: {name: label}, depends_on, not_assessed}. */
  function describe(verdict, words) {
    if (verdict === null) return words.not_assessed;
    if (verdict.effect) return words.effects[verdict.effect].label;
    var effects = verdict.possible.map(function (e) { return words.effects[e].label; }).join(" / ");
    var facts = verdict.missing.map(function (n) { return words.facts[n]; }).join("; ");
    return effects + " (" + words.depends_on + " " + facts + ")";
  }

  root.pcrBarRules = {
    holds: holds, evaluate: evaluate, groupOf: groupOf, assess: assess, describe: describe, groups: GROUP_ORDER,
  };
})(window);
