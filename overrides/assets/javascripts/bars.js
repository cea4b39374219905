/*
 * The relief-bars grid: a cell's details open beside the grid (click, Enter or Space), arrow keys
 * move between cells, and "My client" regroups the rows for the crime categories and facts
 * entered, using the rules the page carries (evaluated by bar-rules.js). Without this script the
 * grid's cells link to their details below it. Nothing entered is sent or stored; the DOM is
 * built with createElement/textContent only.
 */
(function () {
  "use strict";

  var el = window.pcrDom.el;
  var say = window.pcrDom.say;

  function Grid(figure) {
    this.figure = figure;
    this.data = JSON.parse(figure.querySelector(".pcr-grid__data").textContent);
    this.config = window.pcrDom.config();
    this.ui = this.config.ui;
    this.table = figure.querySelector("table");
    // Each group of rows as written, so "Clear" puts every row back where it was.
    this.layout = Array.prototype.map.call(this.table.tBodies, function (body) {
      return [body, Array.prototype.slice.call(body.rows)];
    });
    this.links = Array.prototype.slice.call(this.table.querySelectorAll(".pcr-grid__link"));
    // The words a verdict is described in (bar-rules.js's describe), gathered once.
    var facts = {}, data = this.data;
    Object.keys(data.facts).forEach(function (name) { facts[name] = data.facts[name].label; });
    this.words = { effects: this.config.values.effect, facts: facts, depends_on: this.ui.depends_on, not_assessed: this.ui.not_assessed };
    this.buildPanel();
    this.buildClient();
    this.bindCells();
    figure.classList.add("pcr-grid--enhanced");
  }

  // --- a cell's details, beside the grid -------------------------------------------------

  Grid.prototype.buildPanel = function () {
    var self = this;
    this.panelBody = el("div", { class: "pcr-grid__panel-body" });
    this.closeButton = el("button", { type: "button", class: "md-button pcr-grid__close" }, [this.ui.close]);
    this.panel = el("section", {
      class: "pcr-grid__panel pcr-grid__panel--closed", tabindex: "-1", "aria-label": this.ui.cell_details,
    }, [this.closeButton, this.panelBody]);
    this.figure.appendChild(this.panel);
    this.closeButton.addEventListener("click", function () { self.close(); });
    this.panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") self.close();
    });
  };

  Grid.prototype.open = function (link) {
    var article = document.getElementById(link.getAttribute("href").slice(1));
    if (!article) return;
    var ids = link.getAttribute("data-cell").split(" ");
    var row = this.table.querySelector('tr[data-relief="' + ids[0] + '"] th a');
    var heading = el("h2", { class: "pcr-grid__panel-title" }, [row.getAttribute("title") + " × "]);
    heading.appendChild(article.querySelector(".pcr-cell__title a").cloneNode(true));
    while (this.panelBody.firstChild) this.panelBody.removeChild(this.panelBody.firstChild);
    this.panelBody.appendChild(heading);
    Array.prototype.forEach.call(article.children, function (part, index) {
      if (index > 0) this.panelBody.appendChild(part.cloneNode(true));
    }, this);
    if (this.current) this.current.removeAttribute("aria-current");
    this.current = link;
    link.setAttribute("aria-current", "true");
    this.panel.classList.remove("pcr-grid__panel--closed");
    this.panel.focus();
  };

  Grid.prototype.close = function () {
    this.panel.classList.add("pcr-grid__panel--closed");
    if (this.current) {
      this.current.removeAttribute("aria-current");
      this.current.focus();
    }
  };

  Grid.prototype.bindCells = function () {
    var self = this;
    this.links.forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        self.open(link);
      });
      link.addEventListener("keydown", function (event) {
        if (event.key === " ") { event.preventDefault(); self.open(link); return; }
        var target = self.neighbour(link, event.key);
        if (target) { event.preventDefault(); target.focus(); }
      });
    });
  };

  /* The visible cell next to ``link`` in the arrow's direction. */
  Grid.prototype.neighbour = function (link, key) {
    var cell = link.parentNode;
    var row = cell.parentNode;
    var cells = Array.prototype.filter.call(row.querySelectorAll("td.pcr-grid__cell"), visible);
    var index = cells.indexOf(cell);
    if (key === "ArrowLeft" || key === "ArrowRight") {
      var next = cells[index + (key === "ArrowLeft" ? -1 : 1)];
      return next ? next.querySelector("a") : null;
    }
    if (key !== "ArrowUp" && key !== "ArrowDown") return null;
    var rows = Array.prototype.filter.call(this.table.querySelectorAll("tr[data-relief]"), visible);
    var other = rows[rows.indexOf(row) + (key === "ArrowUp" ? -1 : 1)];
    if (!other) return null;
    var same = other.querySelector('td[data-crime="' + cell.getAttribute("data-crime") + '"] a');
    return same;
  };

  function visible(node) {
    return !node.classList.contains("pcr-grid__off") && !node.hidden;
  }

  // --- my client ---------------------------------------------------------------------------

  Grid.prototype.buildClient = function () {
    var self = this, ui = this.ui;
    this.boxes = {};
    var list = el("ul", { class: "pcr-grid__crimes" });
    Object.keys(this.data.crimes).forEach(function (id) {
      var box = el("input", { type: "checkbox", id: self.figure.id + "-crime-" + id, value: id });
      self.boxes[id] = box;
      list.appendChild(el("li", {}, [box, el("label", { for: box.id }, [self.data.crimes[id]])]));
      box.addEventListener("change", function () { self.update(); });
    });
    this.factsBox = el("div", { class: "pcr-grid__facts" });
    this.factsSet = el("fieldset", { class: "pcr-grid__fact-set", hidden: "" }, [el("legend", {}, [ui.client_facts]), this.factsBox]);
    this.inputs = {};
    var clear = el("button", { type: "button", class: "md-button" }, [ui.client_clear]);
    clear.addEventListener("click", function () { self.clear(); });
    this.status = el("p", { class: "pcr-grid__status", role: "status", "aria-live": "polite" });
    var form = el("form", { novalidate: "" }, [
      el("p", { class: "pcr-grid__client-intro" }, [ui.client_intro]),
      el("fieldset", { class: "pcr-grid__crime-set" }, [el("legend", {}, [ui.client_categories]), list]),
      this.factsSet,
      clear,
    ]);
    var client = el("details", { class: "pcr-grid__client" }, [el("summary", {}, [ui.client_legend]), form]);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    this.figure.insertBefore(client, this.figure.querySelector(".pcr-grid__scroll"));
    this.figure.insertBefore(this.status, this.figure.querySelector(".pcr-grid__scroll"));
  };

  Grid.prototype.selected = function () {
    var boxes = this.boxes;
    return Object.keys(boxes).filter(function (id) { return boxes[id].checked; });
  };

  /* Facts any selected cell, or any rule for every conviction, turns on: the ones worth asking. */
  Grid.prototype.relevantFacts = function (crimes) {
    var names = [], data = this.data;
    function add(rules) {
      rules.forEach(function (rule) {
        Object.keys(rule.when || {}).forEach(function (name) { if (names.indexOf(name) < 0) names.push(name); });
      });
    }
    Object.keys(data.cells).forEach(function (relief) {
      crimes.forEach(function (crime) { if (data.cells[relief][crime]) add(data.cells[relief][crime]); });
      data.general[relief].forEach(add);
    });
    return Object.keys(data.facts).filter(function (name) { return names.indexOf(name) >= 0; });
  };

  Grid.prototype.input = function (name) {
    if (this.inputs[name]) return this.inputs[name];
    var self = this, ui = this.ui, fact = this.data.facts[name];
    var id = this.figure.id + "-fact-" + name;
    var control, unit = "";
    if (fact.measure === "yes-no" || fact.measure === "choice") {
      control = el("select", { id: id, class: "pcr-input" }, [el("option", { value: "" }, [ui.fact_unknown])]);
      var options = fact.measure === "yes-no" ? [["yes", ui.fact_yes], ["no", ui.fact_no]]
        : fact.choices.map(function (c) { return [c, c.replace(/-/g, " ")]; });
      options.forEach(function (o) { control.appendChild(el("option", { value: o[0] }, [o[1]])); });
    } else if (fact.measure === "date") {
      control = el("input", { id: id, type: "date", class: "pcr-input" });
    } else {
      control = el("input", { id: id, type: "number", min: "0", step: "1", inputmode: "numeric", class: "pcr-input" });
      unit = fact.measure === "days" ? ui.unit_days : fact.measure === "years" ? ui.unit_years : ui.unit_count;
    }
    var label = fact.label.charAt(0).toUpperCase() + fact.label.slice(1) + (unit ? " (" + unit + ")" : "");
    var wrapper = el("div", { class: "pcr-control" }, [el("label", { for: id }, [label]), control]);
    control.addEventListener(control.tagName === "SELECT" ? "change" : "input", function () { self.update(); });
    this.inputs[name] = { wrapper: wrapper, control: control, fact: fact };
    return this.inputs[name];
  };

  Grid.prototype.facts = function () {
    var facts = {}, inputs = this.inputs;
    Object.keys(inputs).forEach(function (name) {
      var input = inputs[name];
      var raw = input.control.value;
      if (raw === "" || input.wrapper.parentNode === null) return;
      if (input.fact.measure === "yes-no") facts[name] = raw === "yes";
      else if (input.fact.measure === "choice" || input.fact.measure === "date") facts[name] = raw;
      else if (!isNaN(Number(raw))) facts[name] = Number(raw);
    });
    return facts;
  };

  Grid.prototype.showFacts = function (crimes) {
    var self = this;
    while (this.factsBox.firstChild) this.factsBox.removeChild(this.factsBox.firstChild);
    var names = this.relevantFacts(crimes);
    names.forEach(function (name) { self.factsBox.appendChild(self.input(name).wrapper); });
    this.factsSet.hidden = names.length === 0;
  };

  Grid.prototype.reason = function (verdict, label) {
    return label + ": " + window.pcrBarRules.describe(verdict, this.words);
  };

  Grid.prototype.update = function () {
    var self = this, data = this.data, ui = this.ui, rules = window.pcrBarRules;
    var crimes = this.selected();
    this.showFacts(crimes);
    if (crimes.length === 0) { this.restore(); this.status.textContent = ui.client_cleared; return; }
    var facts = this.facts();
    var grouped = {};
    rules.groups.forEach(function (g) { grouped[g] = []; });
    this.table.querySelectorAll("tr[data-relief]").forEach(function (row) {
      var relief = row.getAttribute("data-relief");
      var assessed = rules.assess(data.cells[relief], data.general[relief], crimes, facts);
      var reasons = assessed.findings.map(function (finding) {
        return self.reason(finding.verdict, finding.source === "crime" ? data.crimes[finding.crime] : ui.any_conviction);
      });
      self.verdictCell(row, assessed.group, reasons);
      grouped[assessed.group].push(row);
    });
    this.regroup(grouped, crimes);
    var counts = {};
    rules.groups.forEach(function (g) { counts[g] = grouped[g].length; });
    this.status.textContent = say(ui.client_status, counts);
  };

  Grid.prototype.verdictCell = function (row, group, reasons) {
    var cell = row.querySelector(".pcr-grid__verdict");
    if (!cell) {
      cell = el("td", { class: "pcr-grid__verdict" });
      row.insertBefore(cell, row.querySelector("td"));
    }
    var verdict = this.config.values.verdict[group];
    cell.className = "pcr-grid__verdict pcr-tone--" + verdict.tone;
    while (cell.firstChild) cell.removeChild(cell.firstChild);
    cell.appendChild(el("strong", {}, [verdict.label]));
    var list = el("ul", {});
    reasons.forEach(function (text) { list.appendChild(el("li", {}, [text])); });
    cell.appendChild(list);
  };

  Grid.prototype.regroup = function (grouped, crimes) {
    var table = this.table, ui = this.ui, verdicts = this.config.values.verdict;
    var shown = crimes.length + 2;
    this.figure.classList.add("pcr-grid--client");
    table.querySelectorAll("[data-crime]").forEach(function (cell) {
      cell.classList.toggle("pcr-grid__off", crimes.indexOf(cell.getAttribute("data-crime")) < 0);
    });
    var head = table.tHead.rows[0];
    if (!head.querySelector(".pcr-grid__verdict-head")) {
      head.insertBefore(el("th", { scope: "col", class: "pcr-grid__verdict-head" }, [ui.client_column]), head.cells[1]);
    }
    Array.prototype.slice.call(table.tBodies).forEach(function (body) { table.removeChild(body); });
    Object.keys(grouped).forEach(function (group) {
      if (grouped[group].length === 0) return;
      var body = el("tbody", { class: "pcr-grid__group pcr-grid__group--client" }, [
        el("tr", { class: "pcr-grid__group-row" }, [
          el("th", { scope: "colgroup", colspan: String(shown) }, [verdicts[group].label + " (" + grouped[group].length + ")"]),
        ]),
      ]);
      grouped[group].forEach(function (row) { body.appendChild(row); });
      table.appendChild(body);
    });
  };

  Grid.prototype.restore = function () {
    var table = this.table;
    this.figure.classList.remove("pcr-grid--client");
    Array.prototype.slice.call(table.tBodies).forEach(function (body) { table.removeChild(body); });
    this.layout.forEach(function (group) {
      group[1].forEach(function (row) { group[0].appendChild(row); });
      table.appendChild(group[0]);
    });
    table.querySelectorAll(".pcr-grid__verdict, .pcr-grid__verdict-head").forEach(function (cell) {
      cell.parentNode.removeChild(cell);
    });
    table.querySelectorAll(".pcr-grid__off").forEach(function (cell) { cell.classList.remove("pcr-grid__off"); });
  };

  Grid.prototype.clear = function () {
    var boxes = this.boxes, inputs = this.inputs;
    Object.keys(boxes).forEach(function (id) { boxes[id].checked = false; });
    Object.keys(inputs).forEach(function (name) { inputs[name].control.value = ""; });
    this.update();
  };

  function start() {
    if (!window.pcrBarRules) return;
    document.querySelectorAll("[data-pcr-bars]").forEach(function (figure) { figure.pcrGrid = new Grid(figure); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
