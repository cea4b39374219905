/*
 * Dates the screening computes from the dates a reader enters: the browser's copy of
 * macros/dates.py (addPeriod, yearsBetween, derive, compute), run on the same JSON deadlines the
 * page carries. Dates are ISO text ("2024-02-29") and calendar days, never times, so the reader's
 * time zone cannot shift them. Pure functions: no DOM, no storage, no network.
 */
(function (root) {
  "use strict";

  var DAY = 86400000;

  function parts(iso) { return iso.split("-").map(Number); }

  function utc(iso) {
    var p = parts(iso);
    return Date.UTC(p[0], p[1] - 1, p[2]);
  }

  function pad(n, width) {
    var text = String(n);
    while (text.length < width) text = "0" + text;
    return text;
  }

  function isoOf(ms) {
    var d = new Date(ms);
    return pad(d.getUTCFullYear(), 4) + "-" + pad(d.getUTCMonth() + 1, 2) + "-" + pad(d.getUTCDate(), 2);
  }

  function leap(year) { return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0); }

  /* Days one by one; years to the same day of the month, a year from February 29 ending on
     February 28 (the earlier reading). */
  function addPeriod(iso, amount, unit) {
    if (unit === "days") return isoOf(utc(iso) + amount * DAY);
    var p = parts(iso), year = p[0] + amount;
    if (p[1] === 2 && p[2] === 29 && !leap(year)) return pad(year, 4) + "-02-28";
    return pad(year, 4) + iso.slice(4);
  }

  /* Whole years from start to end, birthdays counted (negative when end is earlier). */
  function yearsBetween(start, end) {
    var a = parts(start), b = parts(end), years = b[0] - a[0];
    if (b[1] < a[1] || (b[1] === a[1] && b[2] < a[2])) years -= 1;
    return years;
  }

  function daysBetween(from, to) { return Math.round((utc(to) - utc(from)) / DAY); }

  /* ``facts`` with the year counts its dates give; ``derived`` is [[fact, from, to], ...]. */
  function derive(facts, today, derived) {
    var out = {}, dated = { today: today };
    Object.keys(facts).forEach(function (name) {
      out[name] = facts[name];
      if (/_date$/.test(name)) dated[name] = facts[name];
    });
    derived.forEach(function (rule) {
      if (out[rule[0]] !== undefined || !dated[rule[1]] || !dated[rule[2]]) return;
      var years = yearsBetween(dated[rule[1]], dated[rule[2]]);
      if (years >= 0) out[rule[0]] = years;
    });
    return out;
  }

  /* The deadlines the dates given allow, in the order written. */
  function compute(deadlines, facts, jurisdiction, today) {
    var done = {}, order = [];
    deadlines.forEach(function (deadline) {
      if (deadline.jurisdiction && deadline.jurisdiction !== jurisdiction) return;
      var start = null, startFact = "";
      if (deadline.after) {
        if (!done[deadline.after]) return;
        start = done[deadline.after].date;
        startFact = deadline.after;
      } else {
        deadline.starts.forEach(function (name) {
          if (facts[name] && (start === null || facts[name] > start)) { start = facts[name]; startFact = name; }
        });
        if (start === null) return;
      }
      var date = addPeriod(start, deadline.amount, deadline.unit);
      var stop = null, stopFact = "";
      deadline.stopped_by.forEach(function (name) {
        var day = facts[name];
        if (day && day >= start && day < date && (stop === null || day < stop)) { stop = day; stopFact = name; }
      });
      done[deadline.id] = {
        id: deadline.id, date: date, start: start, start_fact: startFact,
        days_from_today: daysBetween(today, date), stopped_on: stop, stopped_by: stopFact,
      };
      order.push(done[deadline.id]);
    });
    return order;
  }

  root.pcrDates = {
    addPeriod: addPeriod, yearsBetween: yearsBetween, daysBetween: daysBetween, derive: derive, compute: compute,
  };
})(window);
