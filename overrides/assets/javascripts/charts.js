/*
 * Comparison charts: sort, filter and "show only what applies", added on top of complete
 * HTML tables (which read fine without this script). No third-party code, no network,
 * nothing stored. DOM is built with createElement/textContent only.
 */
(function () {
  "use strict";

  var el = window.pcrDom.el;
  var say = window.pcrDom.say;
  var ui = window.pcrDom.config().ui;

  function cellFor(row, key) {
    return key === "row" ? row.querySelector("th[scope=row]") : row.querySelector('td[data-key="' + key + '"]');
  }

  function compare(a, b) {
    var numeric = /^-?\d+(\.\d+)?$/;
    if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
    return a.localeCompare(b, undefined, { sensitivity: "base" });
  }

  function makeSortable(table) {
    var headers = table.querySelectorAll("thead th");
    headers.forEach(function (th) {
      var key = th.getAttribute("data-key");
      var label = th.textContent.trim();
      var button = el("button", { type: "button", class: "pcr-sort", "aria-label": say(ui.chart_sort_by, { column: label }) });
      if (th.querySelector("a")) {
        th.appendChild(button); // a header link stays a link: the sort button sits beside it
      } else {
        while (th.firstChild) button.appendChild(th.firstChild);
        th.appendChild(button);
      }
      button.appendChild(el("span", { class: "pcr-sort__icon", "aria-hidden": "true" }, ["↕"]));
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) {
          other.removeAttribute("aria-sort");
          var icon = other.querySelector(".pcr-sort__icon");
          if (icon) icon.textContent = "↕";
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        button.querySelector(".pcr-sort__icon").textContent = ascending ? "↑" : "↓";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellFor(a, key), y = cellFor(b, key);
          var order = compare(x.getAttribute("data-sort") || x.textContent, y.getAttribute("data-sort") || y.textContent);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function filterValues(table, key) {
    var values = [];
    table.querySelectorAll('tbody td[data-key="' + key + '"]').forEach(function (td) {
      (td.getAttribute("data-filter") || "").split("|").forEach(function (value) {
        if (value && values.indexOf(value) < 0) values.push(value);
      });
    });
    return values.sort(compare);
  }

  function labelled(control, text, id) {
    var wrapper = el("div", { class: "pcr-control" });
    control.id = id;
    wrapper.appendChild(el("label", { for: id }, [text]));
    wrapper.appendChild(control);
    return wrapper;
  }

  function enhance(figure, index) {
    var table = figure.querySelector("table");
    var prefix = "pcr-chart-" + index + "-";
    var controls = el("div", { class: "pcr-chart__controls", role: "group", "aria-label": ui.chart_filter });
    var status = el("p", { class: "pcr-chart__status", role: "status", "aria-live": "polite" });
    var text = el("input", { type: "search", class: "pcr-input" });
    var filters = [];
    controls.appendChild(labelled(text, ui.chart_find, prefix + "text"));
    table.querySelectorAll("thead th[data-filterable]").forEach(function (th, i) {
      var key = th.getAttribute("data-key");
      var select = el("select", { class: "pcr-input", "data-key": key }, [el("option", { value: "" }, [ui.chart_all])]);
      filterValues(table, key).forEach(function (value) { select.appendChild(el("option", { value: value }, [value])); });
      filters.push(select);
      controls.appendChild(labelled(select, th.textContent.trim(), prefix + "filter-" + i));
    });

    function update() {
      var needle = text.value.trim().toLowerCase();
      var shown = 0, rows = table.tBodies[0].rows;
      Array.prototype.forEach.call(rows, function (row) {
        var visible = !needle || row.textContent.toLowerCase().indexOf(needle) >= 0;
        filters.forEach(function (select) {
          if (select.value && (cellFor(row, select.getAttribute("data-key")).getAttribute("data-filter") || "").split("|").indexOf(select.value) < 0) visible = false;
        });
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      status.textContent = say(ui.chart_showing, { shown: shown, total: rows.length });
    }

    [text].concat(filters).forEach(function (control) {
      control.addEventListener(control.type === "search" ? "input" : "change", update);
    });
    figure.insertBefore(status, figure.querySelector(".pcr-chart__scroll"));
    figure.insertBefore(controls, status);
    makeSortable(table);
    figure.classList.add("pcr-chart--enhanced");
    update();
  }

  function start() {
    document.querySelectorAll("[data-pcr-chart]").forEach(enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
