/*
 * The DOM helpers the site's widgets share: elements built from text only (no string is ever
 * parsed as HTML) and interface sentences filled from named values.
 */
(function (root) {
  "use strict";

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  /* "{barred} barred" with {barred: 3}: the words come from the page's own interface text. */
  function say(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, name) { return String(values[name]); });
  }

  /* The page's one configuration object (#pcr-config, written by the theme): its edition's
     interface words and every value set's labels, icons and tones, for every script. */
  var parsed = null;
  function config() {
    if (!parsed) {
      var node = document.getElementById("pcr-config");
      parsed = node ? JSON.parse(node.textContent) : { lang: "", ui: {}, values: {} };
    }
    return parsed;
  }

  /* "Cite this page" names the page's own address when it is served from a web address
     (the build knows only its path, and from file:// a local path would mean nothing). */
  function citeAddresses() {
    if (!/^https?:$/.test(window.location.protocol)) { return; }
    var here = window.location.href.split("#")[0];
    var own = document.querySelectorAll(".pcr-citeline:not([data-pcr-example]) [data-pcr-address]");
    Array.prototype.forEach.call(own, function (node) { node.textContent = here; });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", citeAddresses);
  } else {
    citeAddresses();
  }

  root.pcrDom = { el: el, say: say, config: config };
})(window);
