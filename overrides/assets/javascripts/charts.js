/*
 * Comparison charts: sort, filter and "show only what applies", added on top of complete
 * HTML tables (which read fine without this script). No third-party code, no network,
 * nothing stored. DOM is built with createElement/textContent only.
 */
(function () {
  "use strict";

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

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
      var button = el("button", { type: "button", class: "pcr-sort", "aria-label": "Sort by " + label });
      if (th.querySelector("a")) {
        th.appendChild(button); // a header link stays a link: the sort button sits beside it
      } else {
        while (th.firstChild) button.appendChild(th.firstChild);
        th.appendChild(button);
      }
      button.appendChild(el("span", { class: "pcr-sort__icon", "aria-hidden": "true" }, "↕"));
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
    wrapper.appendChild(el("label", { for: id }, text));
    wrapper.appendChild(control);
    return wrapper;
  }

  function enhance(figure, index) {
    var table = figure.querySelector("table");
    var prefix = "pcr-chart-" + index + "-";
    var controls = el("div", { class: "pcr-chart__controls", role: "group", "aria-label": "Filter the table" });
    var status = el("p", { class: "pcr-chart__status", role: "status", "aria-live": "polite" });
    var text = el("input", { type: "search", class: "pcr-input" });
    var filters = [];
    controls.appendChild(labelled(text, "Find in table", prefix + "text"));

    var filterable = table.querySelectorAll("thead th[data-filterable]");
    var columnMode = figure.hasAttribute("data-pcr-choose-column");
    var columnChoice = null;
    if (columnMode) {
      columnChoice = el("select", { class: "pcr-input" });
      columnChoice.appendChild(el("option", { value: "" }, "All"));
      filterable.forEach(function (th) {
        columnChoice.appendChild(el("option", { value: th.getAttribute("data-key") }, th.textContent.trim()));
      });
      controls.appendChild(labelled(columnChoice, "Show one column", prefix + "column"));
    } else {
      filterable.forEach(function (th, i) {
        var key = th.getAttribute("data-key");
        var select = el("select", { class: "pcr-input", "data-key": key });
        select.appendChild(el("option", { value: "" }, "All"));
        filterValues(table, key).forEach(function (value) { select.appendChild(el("option", { value: value }, value)); });
        filters.push(select);
        controls.appendChild(labelled(select, th.textContent.trim(), prefix + "filter-" + i));
      });
    }
    var toggle = null;
    if (figure.hasAttribute("data-pcr-toggle")) {
      toggle = el("input", { type: "checkbox" });
      var wrapper = el("div", { class: "pcr-control pcr-control--toggle" });
      toggle.id = prefix + "toggle";
      wrapper.appendChild(toggle);
      wrapper.appendChild(el("label", { for: toggle.id }, figure.getAttribute("data-pcr-toggle")));
      controls.appendChild(wrapper);
    }

    function applies(td) {
      var value = td.getAttribute("data-filter") || "";
      return value !== "" && value !== "No bar" && value !== "Not assessed";
    }

    function update() {
      var needle = text.value.trim().toLowerCase();
      var onlyColumn = columnChoice ? columnChoice.value : "";
      if (columnMode) {
        table.querySelectorAll("[data-key]").forEach(function (cell) {
          var key = cell.getAttribute("data-key");
          cell.hidden = onlyColumn !== "" && key !== "row" && key !== onlyColumn;
        });
      }
      var shown = 0, rows = table.tBodies[0].rows;
      Array.prototype.forEach.call(rows, function (row) {
        var visible = !needle || row.textContent.toLowerCase().indexOf(needle) >= 0;
        filters.forEach(function (select) {
          if (select.value && (cellFor(row, select.getAttribute("data-key")).getAttribute("data-filter") || "").split("|").indexOf(select.value) < 0) visible = false;
        });
        if (toggle && toggle.checked) {
          var cells = Array.prototype.filter.call(row.querySelectorAll("td"), function (td) { return !td.hidden; });
          if (!cells.some(applies)) visible = false;
        }
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      status.textContent = "Showing " + shown + " of " + rows.length + " rows.";
    }

    [text].concat(filters, columnChoice ? [columnChoice] : [], toggle ? [toggle] : []).forEach(function (control) {
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
