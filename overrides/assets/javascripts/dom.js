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

  root.pcrDom = { el: el, say: say };
})(window);
