/*
 * The screening tool: one question at a time over the tree inlined in the page
 * (#pcr-screening-data). Answers stay in this page's memory only: nothing is sent, nothing is
 * stored. All DOM is built with createElement/textContent; no data string is parsed as HTML.
 * The walk mirrors macros/screening.py (walk and Summary.collected), which the golden tests use.
 * Each answer adds a browser history entry holding only its depth (a number, never an answer),
 * at the same address, so the browser's Back button steps back inside the tool.
 */
(function () {
  "use strict";

  var el = window.pcrDom.el;
  var say = window.pcrDom.say;

  /* Today as the reader's calendar has it (toISOString would give the UTC date: tomorrow, in a
     California evening). */
  function localDate(now) {
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate());
  }

  /* A link to a page in another language than this one says so to browsers and screen readers. */
  function link(item) {
    var attributes = { href: item.href };
    if (item.lang) { attributes.hreflang = item.lang; attributes.lang = item.lang; }
    return el("a", attributes, [item.title]);
  }

  function Screener(root, tree) {
    this.root = root;
    this.tree = tree;
    this.config = window.pcrDom.config();
    this.ui = this.config.ui;
    this.path = [];       // [{step: id, answer: index}]
    this.chosen = {};     // step id -> answer index, kept when going back, so answers can be changed
    this.ignoredPops = 0; // history moves made by the page's own buttons
    this.build();
    var self = this;
    window.history.replaceState({ pcrScreening: 0 }, "");
    window.addEventListener("popstate", function (event) { self.onPopState(event); });
    this.show(tree.start, false);
  }

  Screener.prototype.build = function () {
    var self = this, ui = this.ui;
    this.heading = el("h2", { tabindex: "-1", class: "pcr-screener__question", id: "pcr-q-heading" });
    this.help = el("p", { class: "pcr-screener__help", id: "pcr-q-help" });
    this.options = el("div", { class: "pcr-screener__options" });
    this.error = el("p", { class: "pcr-screener__error", id: "pcr-q-error", hidden: "" }, [ui.choose_answer]);
    this.fieldset = el("fieldset", { "aria-describedby": "pcr-q-help" }, [el("legend", {}, [this.heading]), this.help, this.options, this.error]);
    this.back = el("button", { type: "button", class: "md-button" }, [ui.back]);
    this.next = el("button", { type: "submit", class: "md-button md-button--primary" }, [ui.next]);
    this.restart = el("button", { type: "button", class: "md-button" }, [ui.start_over]);
    this.form = el("form", { class: "pcr-screener__form", novalidate: "" }, [
      this.fieldset, el("div", { class: "pcr-screener__buttons" }, [this.back, this.next, this.restart]),
    ]);
    this.progressText = el("p", { class: "pcr-screener__progress-text" });
    this.progressBar = el("span", { class: "pcr-screener__bar-fill" });
    this.answersList = el("ol", { class: "pcr-screener__answers-list" });
    this.answersBox = el("section", { class: "pcr-screener__answers", "aria-labelledby": "pcr-answers-title" }, [
      el("h2", { id: "pcr-answers-title" }, [ui.answers_so_far]), this.answersList,
    ]);
    this.results = el("section", { class: "pcr-screener__results", hidden: "", "aria-labelledby": "pcr-results-title" });
    this.announcer = el("p", { class: "pcr-screener__announcer", "aria-live": "polite", role: "status" });
    var notice = el("p", { class: "pcr-screener__notice" }, [
      ui.notice,
    ]);
    this.panel = el("section", { class: "pcr-screener", "aria-label": ui.tool_label }, [
      notice, this.progressText, el("span", { class: "pcr-screener__bar", "aria-hidden": "true" }, [this.progressBar]),
      this.form, this.results, this.answersBox, this.announcer,
    ]);
    this.root.insertBefore(this.panel, this.root.firstChild);
    this.root.classList.add("pcr-screening--enhanced");

    this.form.addEventListener("submit", function (event) { event.preventDefault(); self.answer(); });
    this.back.addEventListener("click", function () { self.goBack(); });
    this.restart.addEventListener("click", function () { self.startOver(); });
  };

  Screener.prototype.show = function (stepId, moveFocus) {
    var step = this.tree.steps[stepId];
    this.currentId = stepId;
    if (step.type === "result") return this.finish(stepId);
    this.results.hidden = true;
    this.form.hidden = false;
    this.heading.textContent = step.title;
    this.help.textContent = step.help;
    this.help.hidden = !step.help;
    this.error.hidden = true;
    this.fieldset.removeAttribute("aria-invalid");
    while (this.options.firstChild) this.options.removeChild(this.options.firstChild);
    this.error.textContent = step.type === "checklist" ? this.ui.choose_some : this.ui.choose_answer;
    if (step.type === "checklist") this.showChecklist(step, stepId);
    else if (step.type === "details") this.showDetails(step, stepId);
    else if (step.answers.length > LONGEST_RADIO_LIST) this.showList(step, stepId);
    else this.showRadios(step, stepId);
    this.back.disabled = this.path.length === 0;
    var asked = this.path.length + 1;
    var total = this.path.length + step.remaining;
    this.progressText.textContent = say(this.ui.question_of, { asked: asked, total: total });
    this.progressBar.style.width = Math.round((100 * (asked - 1)) / total) + "%";
    this.renderAnswers();
    if (moveFocus) this.heading.focus();
  };

  /* A long list (every state) is a select, not fifty radio buttons. */
  var LONGEST_RADIO_LIST = 12;

  Screener.prototype.showRadios = function (step, stepId) {
    var self = this;
    step.answers.forEach(function (answer, index) {
      var id = "pcr-answer-" + index;
      var input = el("input", { type: "radio", name: "pcr-answer", id: id, value: String(index) });
      if (self.chosen[stepId] === index) input.checked = true;
      self.options.appendChild(el("div", { class: "pcr-screener__option" }, [input, el("label", { for: id }, [answer.label])]));
    });
  };

  Screener.prototype.showList = function (step, stepId) {
    var self = this;
    var select = el("select", { id: "pcr-answer-list", class: "pcr-screener__select" }, [el("option", { value: "" }, ["—"])]);
    step.answers.forEach(function (answer, index) {
      var option = el("option", { value: String(index) }, [answer.label]);
      if (self.chosen[stepId] === index) option.selected = true;
      select.appendChild(option);
    });
    this.options.appendChild(el("div", { class: "pcr-screener__option" }, [
      el("label", { for: "pcr-answer-list" }, [this.ui.jurisdiction_label]), select,
    ]));
  };

  /* Tick any that apply: each answer a checkbox, its plain explanation read with it. */
  Screener.prototype.showChecklist = function (step, stepId) {
    var self = this, before = this.chosen[stepId] || [];
    step.answers.forEach(function (answer, index) {
      var id = "pcr-answer-" + index;
      var attributes = { type: "checkbox", id: id, value: String(index) };
      if (answer.help) attributes["aria-describedby"] = id + "-help";
      var input = el("input", attributes);
      if (before.indexOf(index) >= 0) input.checked = true;
      var parts = [input, el("label", { for: id }, [answer.label])];
      if (answer.help) parts.push(el("span", { class: "pcr-screener__option-help", id: id + "-help" }, [answer.help]));
      self.options.appendChild(el("div", { class: "pcr-screener__option" }, parts));
    });
  };

  /* Dates and numbers, each optional: a date picker or a whole-number box with its label. */
  Screener.prototype.showDetails = function (step, stepId) {
    var self = this, before = this.chosen[stepId] || {};
    step.fields.forEach(function (field) {
      var id = "pcr-field-" + field.fact;
      var attributes = field.measure === "date" ? { type: "date", id: id, class: "pcr-input" }
        : field.measure === "text" ? { type: "text", id: id, class: "pcr-input pcr-input--text", maxlength: String(self.tree.text_limit), autocomplete: "off" }
          : { type: "number", id: id, min: "0", step: "1", inputmode: "numeric", class: "pcr-input" };
      if (field.help) attributes["aria-describedby"] = id + "-help";
      var input = el("input", attributes);
      if (before[field.fact] !== undefined) input.value = String(before[field.fact]);
      var parts = [el("label", { for: id }, [field.label]), input];
      if (field.help) parts.push(el("span", { class: "pcr-screener__option-help", id: id + "-help" }, [field.help]));
      self.options.appendChild(el("div", { class: "pcr-screener__field" }, parts));
    });
  };

  /* The answer given on screen: an index, a list of indices, or {fact: value}; null when the
     step cannot be answered as it stands (then ``this.invalid`` is the control to fix). */
  Screener.prototype.picked = function (step) {
    this.invalid = null;
    if (step.type === "checklist") {
      var ticked = Array.prototype.map.call(this.options.querySelectorAll("input:checked"), function (box) {
        return Number(box.value);
      });
      return ticked.length ? ticked : null;
    }
    if (step.type === "details") {
      var facts = {}, self = this;
      step.fields.forEach(function (field) {
        var input = document.getElementById("pcr-field-" + field.fact);
        input.removeAttribute("aria-invalid");
        var raw = input.value.trim();
        if (raw === "") return;
        if (field.measure === "date" || field.measure === "text") { facts[field.fact] = raw; return; }
        if (!/^[0-9]+$/.test(raw)) {
          if (!self.invalid) self.invalid = input;
          input.setAttribute("aria-invalid", "true");
          return;
        }
        facts[field.fact] = Number(raw);
      });
      return this.invalid ? null : facts;
    }
    var select = this.options.querySelector("select");
    if (select) return select.value === "" ? null : Number(select.value);
    var radio = this.options.querySelector("input:checked");
    return radio ? Number(radio.value) : null;
  };

  Screener.prototype.answer = function () {
    var step = this.tree.steps[this.currentId];
    var picked = this.picked(step);
    if (picked === null) {
      if (step.type === "details") this.error.textContent = this.ui.number_invalid;
      this.error.hidden = false;
      this.fieldset.setAttribute("aria-invalid", "true");
      this.fieldset.setAttribute("aria-describedby", "pcr-q-help pcr-q-error");
      (this.invalid || this.options.querySelector("input, select")).focus();
      return;
    }
    this.chosen[this.currentId] = picked;
    this.path.push({ step: this.currentId, answer: picked });
    window.history.pushState({ pcrScreening: this.path.length }, "");  // same address: no answer in it
    this.show(step.next || step.answers[picked].next, true);
  };

  /* The answers an entry of the path chose (none for a details step). */
  Screener.prototype.answersOf = function (entry) {
    var step = this.tree.steps[entry.step];
    if (step.type === "details") return [];
    return (step.type === "checklist" ? entry.answer : [entry.answer]).map(function (i) { return step.answers[i]; });
  };

  /* An entry of the path as the list of answers shows it. */
  Screener.prototype.shownAnswer = function (entry) {
    var step = this.tree.steps[entry.step];
    if (step.type !== "details") return this.answersOf(entry).map(function (a) { return a.label; }).join("; ");
    var given = step.fields.filter(function (f) { return entry.answer[f.fact] !== undefined; });
    if (!given.length) return this.ui.nothing_entered;
    return given.map(function (f) { return f.label + ": " + entry.answer[f.fact]; }).join("; ");
  };

  /* Step back to the question answered at ``depth``, keeping its answer to change. */
  Screener.prototype.stepTo = function (depth) {
    var target = this.path[depth].step;
    this.path = this.path.slice(0, depth);
    this.show(target, true);
  };

  /* The page's own buttons step at once, then move the browser's history to match (its popstate
     is then ignored), so the browser's Back button steps back inside the tool too. */
  Screener.prototype.rewind = function (depth) {
    var steps = this.path.length - depth;
    if (steps <= 0) return;
    this.stepTo(depth);
    this.ignoredPops += 1;
    window.history.go(-steps);
  };

  Screener.prototype.onPopState = function (event) {
    if (this.ignoredPops) { this.ignoredPops -= 1; return; }
    var depth = event.state && typeof event.state.pcrScreening === "number" ? event.state.pcrScreening : 0;
    if (depth < this.path.length) this.stepTo(depth);
  };

  Screener.prototype.goBack = function () { this.rewind(this.path.length - 1); };

  Screener.prototype.change = function (position) { this.rewind(position); };

  Screener.prototype.startOver = function () {
    this.chosen = {};
    if (this.path.length) this.rewind(0);
    else this.show(this.tree.start, true);
    this.announcer.textContent = this.ui.started_over;
  };

  Screener.prototype.renderAnswers = function () {
    var self = this, ui = this.ui;
    while (this.answersList.firstChild) this.answersList.removeChild(this.answersList.firstChild);
    this.answersBox.hidden = this.path.length === 0;
    this.path.forEach(function (entry, position) {
      var step = self.tree.steps[entry.step];
      var button = el("button", { type: "button", class: "pcr-screener__change", "aria-label": ui.change_answer + step.title }, [ui.change]);
      button.addEventListener("click", function () { self.change(position); });
      self.answersList.appendChild(el("li", {}, [
        el("span", { class: "pcr-screener__asked" }, [step.title + " "]),
        el("strong", {}, [self.shownAnswer(entry)]), " ", button,
      ]));
    });
  };

  /* The outcomes gathered along the path, then the result's own, each once, first mention first. */
  Screener.prototype.collectOutcomes = function (resultId) {
    var seen = [], tree = this.tree;
    function add(ids) { ids.forEach(function (id) { if (seen.indexOf(id) < 0) seen.push(id); }); }
    this.path.forEach(function (entry) {
      this.answersOf(entry).forEach(function (answer) { add(answer.outcomes); });
    }, this);
    add(tree.steps[resultId].outcomes);
    return seen;
  };

  /* The jurisdiction the answers named, the facts they established (later answers win) and the
     crime categories they named (null: not known), as macros/screening.py's walk. */
  Screener.prototype.known = function () {
    var tree = this.tree, known = { jurisdiction: null, facts: {}, crimes: null };
    this.path.forEach(function (entry) {
      if (tree.steps[entry.step].type === "details") {
        Object.keys(entry.answer).forEach(function (name) { known.facts[name] = entry.answer[name]; });
      }
      this.answersOf(entry).forEach(function (answer) {
        if (answer.jurisdiction) known.jurisdiction = answer.jurisdiction;
        Object.keys(answer.sets).forEach(function (name) { known.facts[name] = answer.sets[name]; });
        if (answer.crimes !== null) {
          known.crimes = known.crimes || [];
          answer.crimes.forEach(function (c) { if (known.crimes.indexOf(c) < 0) known.crimes.push(c); });
        }
      });
    }, this);
    return known;
  };

  /* Whether the answers leave a vehicle open: the same test as macros/screening.py's fits. */
  function fits(vehicle, facts) {
    if (facts.in_custody === true && vehicle.custody === "must-be-out-of-custody") return false;
    if (facts.in_custody === false && vehicle.custody === "must-be-in-custody") return false;
    return !(vehicle.pleas_only && facts.plea_or_trial === "trial");
  }

  /* The chosen jurisdiction's page, then its vehicles that fit, when an outcome asks for them. */
  function stateVehicles(outcomes, tree, known, ui) {
    var asking = outcomes.filter(function (id) { return tree.outcomes[id].state_vehicles; });
    var jurisdiction = known.jurisdiction && tree.jurisdictions[known.jurisdiction];
    if (!asking.length || !jurisdiction) return [];
    var reasons = asking.map(function (id) { return tree.outcomes[id].title; });
    return [{ entity: jurisdiction.page, reasons: [ui.jurisdiction_reason] }].concat(
      jurisdiction.vehicles.filter(function (v) { return fits(v, known.facts); }).map(function (v) {
        return { entity: v, reasons: reasons };
      })
    );
  }

  function linksWithReasons(outcomes, tree, names) {
    var items = [], byId = {};
    outcomes.forEach(function (outcomeId) {
      var outcome = tree.outcomes[outcomeId];
      names.forEach(function (name) {
        outcome[name].forEach(function (entity) {
          if (!byId[entity.id]) {
            byId[entity.id] = { entity: entity, reasons: [] };
            items.push(byId[entity.id]);
          }
          if (byId[entity.id].reasons.indexOf(outcome.title) < 0) byId[entity.id].reasons.push(outcome.title);
        });
      });
    });
    return items;
  }

  /* printAs: "screen-only" sections (links to read) are left out of the printout, "two-columns"
     ones print in two columns; every reason and rule prints. */
  function section(title, id, children, printAs) {
    var className = "pcr-screener__result-section" + (printAs ? " pcr-screener__" + printAs : "");
    return el("section", { class: className, "aria-labelledby": id }, [el("h3", { id: id }, [title])].concat(children));
  }

  function reasonList(items, empty, because) {
    if (!items.length) return el("p", {}, [empty]);
    return el("ul", {}, items.map(function (item) {
      return el("li", {}, [
        link(item.entity),
        el("span", { class: "pcr-screener__reason" }, [because + item.reasons.join("; ")]),
      ]);
    }));
  }

  /* Each relief form the outcomes named, as its bars rules read for the answers: macros/screening.py
     does the same with the same rules (walk's relief checks). */
  /* The unverified marker, with what is still unconfirmed. */
  Screener.prototype.unverified = function (note) {
    var marker = this.config.values.marker.unverified;
    return el("span", { class: "pcr-badge pcr-tone--mixed" }, [
      el("span", { "aria-hidden": "true" }, [marker.icon + " "]), marker.label + ": " + note,
    ]);
  };

  Screener.prototype.reliefChecks = function (outcomes, known, facts) {
    var tree = this.tree, ui = this.ui, rules = window.pcrBarRules, self = this;
    var words = { effects: this.config.values.effect, facts: tree.facts, depends_on: ui.depends_on, not_assessed: ui.not_assessed };
    return linksWithReasons(outcomes, tree, ["relief"]).map(function (item) {
      var relief = tree.relief[item.entity.id];
      var assessed = rules.assess(relief.cells, relief.general, known.crimes, facts);
      var lines = assessed.findings.map(function (f) {
        if (f.source === "unknown") return ui.relief_unknown_crimes + ".";
        var label = f.source === "crime" ? tree.crimes[f.crime].title : ui.any_conviction;
        var statute = f.source === "crime" ? relief.statutes[f.crime] : relief.general_statutes[f.index];
        var line = [label + ": " + rules.describe(f.verdict, words) + (f.verdict && statute ? " — " + statute : "") + " "];
        if (f.source === "crime" && relief.unverified[f.crime] !== undefined) line.push(self.unverified(relief.unverified[f.crime]));
        return line;
      });
      return { item: item, group: assessed.group, lines: lines };
    });
  };

  function reliefList(checks, verdicts, because, empty) {
    if (!checks.length) return el("p", {}, [empty]);
    return el("ul", { class: "pcr-screener__relief" }, checks.map(function (check) {
      var verdict = verdicts[check.group];
      return el("li", { "data-relief": check.item.entity.id, "data-group": check.group }, [
        link(check.item.entity), " ",
        el("strong", { class: "pcr-screener__verdict pcr-tone--" + verdict.tone }, [
          el("span", { "aria-hidden": "true" }, [verdict.icon ? verdict.icon + " " : ""]), verdict.label,
        ]),
        el("span", { class: "pcr-screener__reason" }, [because + check.item.reasons.join("; ")]),
      ].concat(check.lines.map(function (line) {
        return el("span", { class: "pcr-screener__finding" }, typeof line === "string" ? [line] : line);
      })));
    }));
  }

  /* The dates the answers allow (dates.js, as macros/dates.py), each in words with its catch. */
  Screener.prototype.dateItems = function (known, facts, today) {
    var tree = this.tree, ui = this.ui, byId = {}, self = this;
    tree.deadlines.forEach(function (d) { byId[d.id] = d; });
    function origin(name) { return tree.date_labels[name] || (byId[name] ? byId[name].title : name); }
    return window.pcrDates.compute(tree.deadlines, facts, known.jurisdiction, today).map(function (found) {
      var deadline = byId[found.id], days = Math.abs(found.days_from_today), words = { date: found.date, days: days };
      var status;
      if (deadline.kind === "milestone" && found.stopped_on) {
        status = say(ui.milestone_stopped, { stop: found.stopped_on, fact: origin(found.stopped_by), date: found.date });
      } else if (deadline.kind === "milestone") {
        status = say(found.days_from_today <= 0 ? ui.milestone_reached : ui.milestone_ahead, words);
      } else if (deadline.kind === "trigger" && found.days_from_today <= 0) {
        status = say(ui.trigger_since, words);
      } else {
        status = say(found.days_from_today > 0 ? ui.deadline_left : found.days_from_today === 0 ? ui.deadline_today : ui.deadline_passed, words);
      }
      var parts = [
        el("strong", {}, [deadline.title + ". "]), status + " ",
        say(ui.counted_from, { fact: origin(found.start_fact), date: found.start }),
        el("span", { class: "pcr-screener__finding" }, [deadline.note]),
      ];
      if (!deadline.verified) parts.push(self.unverified(deadline.verification_note));
      return el("li", { "data-deadline": found.id, "data-date": found.date }, parts);
    });
  };

  function uniqueTexts(outcomes, tree, name) {
    var texts = [];
    outcomes.forEach(function (id) {
      var value = tree.outcomes[id][name];
      (Array.isArray(value) ? value : value ? [value] : []).forEach(function (text) { if (texts.indexOf(text) < 0) texts.push(text); });
    });
    return texts;
  }

  Screener.prototype.finish = function (resultId) {
    var tree = this.tree, outcomes = this.collectOutcomes(resultId), self = this, ui = this.ui;
    var known = this.known(), today = localDate(new Date());
    var facts = window.pcrDates.derive(known.facts, today, tree.derived);
    var vehicles = linksWithReasons(outcomes, tree, ["vehicles"]).concat(stateVehicles(outcomes, tree, known, ui));
    var checks = linksWithReasons(outcomes, tree, ["crimes", "marijuana"]);
    var relief = this.reliefChecks(outcomes, known, facts);
    var dated = this.dateItems(known, facts, today);
    var gather = uniqueTexts(outcomes, tree, "gather");
    var expert = uniqueTexts(outcomes, tree, "expert_check");
    var reads = [];
    outcomes.forEach(function (id) {
      tree.outcomes[id].explainers.forEach(function (e) { if (!reads.some(function (r) { return r.href === e.href; })) reads.push(e); });
    });
    var title = el("h2", { id: "pcr-results-title", tabindex: "-1" }, [tree.steps[resultId].title]);
    var printButton = el("button", { type: "button", class: "md-button md-button--primary" }, [ui.print]);
    printButton.addEventListener("click", function () { window.print(); });
    var again = el("button", { type: "button", class: "md-button" }, [ui.start_over]);
    again.addEventListener("click", function () { self.startOver(); });
    var back = el("button", { type: "button", class: "md-button" }, [ui.back]);
    back.addEventListener("click", function () { self.goBack(); });
    var copy = el("button", { type: "button", class: "md-button" }, [ui.copy_text]);
    copy.addEventListener("click", function () { self.copyText(); });

    while (this.results.firstChild) this.results.removeChild(this.results.firstChild);
    [
      title,
      el("p", { class: "pcr-screener__date" }, [say(ui.screening_date, { date: today })]),
      el("p", { class: "pcr-screener__expert" }, [
        el("strong", {}, [ui.expert_strong]),
        ui.expert_text,
      ]),
      section(ui.section_vehicles, "pcr-r-vehicles", [reasonList(vehicles, ui.none_came_up, ui.came_up_because)]),
      section(ui.section_relief, "pcr-r-relief", [
        el("p", {}, [ui.relief_intro]),
        reliefList(relief, this.config.values.verdict, ui.came_up_because, ui.none_came_up),
      ]),
      section(ui.section_dates, "pcr-r-dates", [
        el("p", { class: "pcr-screener__caution" }, [ui.dates_caution]),
        dated.length ? el("ul", { class: "pcr-screener__dates" }, dated) : el("p", {}, [ui.dates_none]),
      ]),
      section(ui.section_checks, "pcr-r-checks", [reasonList(checks, ui.none_came_up, ui.came_up_because)], "two-columns"),
      section(ui.section_why, "pcr-r-why", [el("ul", {}, outcomes.map(function (id) {
        return el("li", {}, [el("strong", {}, [tree.outcomes[id].title + ". "]), tree.outcomes[id].summary]);
      }))], "two-columns"),
      section(ui.section_gather, "pcr-r-gather", [el("ul", { class: "pcr-screener__columns" }, gather.map(function (t) { return el("li", {}, [t]); }))]),
      section(ui.section_expert, "pcr-r-expert", [el("ul", {}, expert.map(function (t) { return el("li", {}, [t]); }))]),
      section(ui.section_read, "pcr-r-read", [el("ul", {}, reads.map(function (r) { return el("li", {}, [link(r)]); }))], "screen-only"),
      el("div", { class: "pcr-screener__buttons" }, [printButton, copy, back, again]),
    ].forEach(function (node) { self.results.appendChild(node); });

    this.form.hidden = true;
    this.results.hidden = false;
    this.progressText.textContent = ui.complete;
    this.progressBar.style.width = "100%";
    this.renderAnswers();
    this.announcer.textContent = say(ui.complete_announcement, { vehicles: vehicles.length, checks: checks.length });
    title.focus();
  };

  /* The summary as plain text for case notes: headings, then each item on its own line, then the
     answers. Read from the result as shown, so it says exactly what the page says. */
  Screener.prototype.asText = function () {
    var lines = [];
    function text(node) { return node.textContent.replace(/\s+/g, " ").trim(); }
    Array.prototype.forEach.call(this.results.children, function (node) {
      if (node.classList.contains("pcr-screener__buttons") || node.tagName === "TEXTAREA") return;
      if (node.tagName === "SECTION") {
        lines.push("", text(node.querySelector("h3")));
        Array.prototype.forEach.call(node.querySelectorAll("li"), function (li) { lines.push("- " + text(li)); });
        Array.prototype.forEach.call(node.querySelectorAll(":scope > p"), function (p) { lines.push(text(p)); });
      } else {
        lines.push(text(node));
      }
    });
    lines.push("", text(this.answersBox.querySelector("h2")));
    Array.prototype.forEach.call(this.answersList.children, function (li, i) {
      lines.push((i + 1) + ". " + text(li.querySelector(".pcr-screener__asked")) + " " + text(li.querySelector("strong")));
    });
    return lines.join("\n") + "\n";
  };

  /* Copy to the clipboard; where the browser refuses, select the text in a box to copy by hand. */
  Screener.prototype.copyText = function () {
    var self = this, value = this.asText();
    function fallback() {
      var box = self.results.querySelector("textarea") || el("textarea", { class: "pcr-screener__copy-box", readonly: "", "aria-label": self.ui.copy_text });
      box.value = value;
      self.results.appendChild(box);
      box.focus();
      box.select();
      self.announcer.textContent = self.ui.copy_by_hand;
    }
    if (!navigator.clipboard || !navigator.clipboard.writeText) return fallback();
    navigator.clipboard.writeText(value).then(function () { self.announcer.textContent = self.ui.copied; }, fallback);
  };

  function start() {
    var root = document.querySelector("[data-pcr-screening]");
    var data = document.getElementById("pcr-screening-data");
    if (!root || !data) return;
    new Screener(root, JSON.parse(data.textContent));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
