/*
 * Interactive worksheets: answers are kept in this browser's localStorage only, keyed by
 * tool and worksheet revision. Nothing typed is ever sent anywhere: the only requests
 * this script makes are anonymous counts (opened, printed, saved: type, kind and slug),
 * and none when the browser asks not to be tracked. Print, save as a JSON file, open a
 * saved file, copy as plain text, start again. No framework, no globals, no inline code.
 */
(function () {
  "use strict";
  var FORMAT = "iitk-worksheet";
  var script = document.currentScript;
  var texts = {
    saved: "Your answers are kept in this browser.",
    cleared: "The worksheet is blank again.",
    opened: "Opened the answers from the file.",
    openedOther: "Opened the file; it was saved from another version of this worksheet, so some answers may be missing.",
    badFile: "That file is not a saved worksheet for this tool.",
    copied: "Copied the answers as text.",
    copyByHand: "Your browser did not let us copy: the text is selected below, press Ctrl+C (or Cmd+C).",
    confirmClear: "Clear every answer on this worksheet? This cannot be undone.",
    add: "Add",
    remove: "Remove",
    up: "Move up",
    down: "Move down",
    item: "item",
    row: "row",
    addRow: "Add a row",
    addItem: "Add an item",
    noStorage: "This browser cannot keep answers: save them as a file before you leave."
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(label, action, accessibleName) {
    var b = el("button", "iitk-ws__mini", label);
    b.type = "button";
    b.setAttribute("data-action", action);
    if (accessibleName) b.setAttribute("aria-label", accessibleName);
    return b;
  }

  function grow(field) {
    // Fit a text area to what it holds, and keep a print-only copy of any answer: a
    // field prints only what fits its box, the copy prints all of it at paper width.
    if (field.tagName === "TEXTAREA") {
      field.style.height = "auto";
      field.style.height = field.scrollHeight + 2 + "px";
    }
    var copy = field.nextElementSibling;
    if (!copy || !copy.classList.contains("iitk-ws-print")) {
      copy = el("div", "iitk-ws-print");
      copy.setAttribute("aria-hidden", "true");
      field.insertAdjacentElement("afterend", copy);
    }
    copy.textContent = field.value;
    field.classList.toggle("iitk-ws-filled", field.value !== "");
  }

  function refresh(root) {
    root.querySelectorAll("textarea:not(.iitk-ws__copy), input[type=text]").forEach(grow);
  }

  function input(kind, name, value) {
    var node = kind === "area" ? el("textarea", "iitk-ws-cell") : el("input", "iitk-ws-input");
    if (kind === "area") node.rows = 1;
    else node.type = "text";
    node.setAttribute("aria-label", name);
    node.value = value || "";
    return node;
  }

  function strings(list) {
    return Array.isArray(list) ? list.map(function (v) { return typeof v === "string" ? v : ""; }) : [];
  }

  // Each block type: read its answers from the page, put answers into it, write as text.
  var types = {
    prompt: {
      get: function (s) { return s.querySelector("[data-field=answer]").value; },
      set: function (s, v) { s.querySelector("[data-field=answer]").value = typeof v === "string" ? v : ""; },
      text: function (s, v) { return v || ""; }
    },
    grid: {
      get: function (s) {
        var v = {};
        s.querySelectorAll("[data-field]").forEach(function (f) { v[f.getAttribute("data-field")] = f.value; });
        return v;
      },
      set: function (s, v) {
        s.querySelectorAll("[data-field]").forEach(function (f) {
          var found = v && v[f.getAttribute("data-field")];
          f.value = typeof found === "string" ? found : "";
        });
      },
      text: function (s, v) {
        return Array.prototype.map.call(s.querySelectorAll("[data-field]"), function (f) {
          var name = s.querySelector("label[for='" + f.id + "']").textContent;
          return name + ":\n" + indent((v && v[f.getAttribute("data-field")]) || "");
        }).join("\n");
      }
    },
    list: {
      get: function (s) {
        return Array.prototype.map.call(s.querySelectorAll(".iitk-ws-list input"), function (i) { return i.value; });
      },
      set: function (s, v) {
        var list = s.querySelector(".iitk-ws-list");
        var label = s.querySelector(".iitk-ws-block__label").textContent;
        var items = strings(v);
        if (!items.length) items = [""];
        list.textContent = "";
        items.forEach(function (value, i) {
          var name = label + ": " + texts.item + " " + (i + 1);
          var li = el("li", "iitk-ws-list__item");
          li.appendChild(input("line", name, value));
          var tools = el("span", "iitk-ws__controls");
          tools.appendChild(button("↑", "up", texts.up + ": " + name));
          tools.appendChild(button("↓", "down", texts.down + ": " + name));
          tools.appendChild(button("×", "remove", texts.remove + ": " + name));
          li.appendChild(tools);
          list.appendChild(li);
        });
        if (!s.querySelector("[data-action=add-item]")) {
          list.insertAdjacentElement("afterend", button(texts.addItem, "add-item"));
        }
      },
      text: function (s, v) {
        return strings(v).filter(Boolean).map(function (t, i) { return (i + 1) + ". " + t; }).join("\n");
      }
    },
    table: {
      columns: function (s) {
        return Array.prototype.map.call(s.querySelectorAll("thead th"), function (th) { return th.textContent; });
      },
      get: function (s) {
        return Array.prototype.map.call(s.querySelectorAll("tbody tr"), function (tr) {
          return Array.prototype.map.call(tr.querySelectorAll("textarea"), function (t) { return t.value; });
        });
      },
      set: function (s, v) {
        var columns = types.table.columns(s);
        var body = s.querySelector("tbody");
        var rows = Array.isArray(v) && v.length ? v : [[]];
        body.textContent = "";
        rows.forEach(function (row, r) {
          var tr = el("tr");
          columns.forEach(function (column, c) {
            var td = el("td");
            td.appendChild(input("area", column + ", " + texts.row + " " + (r + 1), strings(row)[c]));
            tr.appendChild(td);
          });
          var td = el("td", "iitk-ws__controls");
          td.appendChild(button("×", "remove-row", texts.remove + ": " + texts.row + " " + (r + 1)));
          tr.appendChild(td);
          body.appendChild(tr);
        });
        var head = s.querySelector("thead tr");
        if (!head.querySelector(".iitk-ws__controls")) {
          var th = el("td", "iitk-ws__controls");
          head.appendChild(th);
          s.querySelector("table").insertAdjacentElement("afterend", button(texts.addRow, "add-row"));
        }
      },
      text: function (s, v) {
        var columns = types.table.columns(s);
        return (Array.isArray(v) ? v : []).filter(function (row) { return strings(row).some(Boolean); })
          .map(function (row, r) {
            return (r + 1) + ". " + columns.map(function (c, i) { return c + ": " + (strings(row)[i] || ""); }).join("; ");
          }).join("\n");
      }
    },
    tree: {
      labels: function (s) { return (s.getAttribute("data-labels") || "|||").split("|"); },
      get: function (s) {
        function level(ol) {
          return Array.prototype.map.call(ol ? ol.children : [], function (li) {
            var node = { text: li.querySelector("input").value };
            var child = li.querySelector("ol");
            if (child && child.getAttribute("data-level") === "secondary") node.secondary = level(child);
            if (child && child.getAttribute("data-level") === "idea") {
              node.ideas = Array.prototype.map.call(child.querySelectorAll("input"), function (i) { return i.value; });
            }
            return node;
          });
        }
        return {
          aim: s.querySelector("[data-field=aim]").value,
          drivers: level(s.querySelector("[data-level=primary]"))
        };
      },
      set: function (s, v) {
        var names = types.tree.labels(s);
        v = v && typeof v === "object" ? v : {};
        s.querySelector("[data-field=aim]").value = typeof v.aim === "string" ? v.aim : "";
        var primary = s.querySelector("[data-level=primary]");
        primary.textContent = "";
        var drivers = Array.isArray(v.drivers) && v.drivers.length ? v.drivers : [{}];
        drivers.forEach(function (d, p) {
          var pName = names[1] + " " + (p + 1);
          var li = el("li");
          li.appendChild(input("line", pName, d && d.text));
          li.appendChild(button("×", "remove-node", texts.remove + ": " + pName));
          var second = el("ol", "iitk-ws-tree__level");
          second.setAttribute("data-level", "secondary");
          var secondary = Array.isArray(d && d.secondary) && d.secondary.length ? d.secondary : [{}];
          secondary.forEach(function (sd, i) {
            var sName = names[2] + " " + (p + 1) + "." + (i + 1);
            var sli = el("li");
            sli.appendChild(input("line", sName, sd && sd.text));
            sli.appendChild(button("×", "remove-node", texts.remove + ": " + sName));
            var ideas = el("ol", "iitk-ws-tree__level");
            ideas.setAttribute("data-level", "idea");
            var ideaValues = strings(sd && sd.ideas);
            if (!ideaValues.length) ideaValues = [""];
            ideaValues.forEach(function (idea, k) {
              var iName = names[3] + " " + (p + 1) + "." + (i + 1) + "." + (k + 1);
              var ili = el("li");
              ili.appendChild(input("line", iName, idea));
              ili.appendChild(button("×", "remove-node", texts.remove + ": " + iName));
              ideas.appendChild(ili);
            });
            sli.appendChild(ideas);
            sli.appendChild(button(texts.add + ": " + names[3].toLowerCase(), "add-idea"));
            second.appendChild(sli);
          });
          li.appendChild(second);
          li.appendChild(button(texts.add + ": " + names[2].toLowerCase(), "add-secondary"));
          primary.appendChild(li);
        });
        if (!s.querySelector("[data-action=add-primary]")) {
          primary.insertAdjacentElement("afterend", button(texts.add + ": " + names[1].toLowerCase(), "add-primary"));
        }
      },
      text: function (s, v) {
        var names = types.tree.labels(s);
        v = v || {};
        var lines = [names[0] + ": " + (v.aim || "")];
        (v.drivers || []).forEach(function (d, p) {
          if (!d) return;
          lines.push("  " + names[1] + " " + (p + 1) + ": " + (d.text || ""));
          (d.secondary || []).forEach(function (sd, i) {
            if (!sd) return;
            lines.push("    " + names[2] + " " + (p + 1) + "." + (i + 1) + ": " + (sd.text || ""));
            strings(sd.ideas).filter(Boolean).forEach(function (idea) {
              lines.push("      - " + idea);
            });
          });
        });
        return lines.join("\n");
      }
    }
  };

  function indent(text) {
    return text.split("\n").map(function (line) { return "  " + line; }).join("\n");
  }

  function Worksheet(form) {
    this.form = form;
    this.tool = form.getAttribute("data-tool");
    this.revision = form.getAttribute("data-revision");
    this.title = form.getAttribute("data-title");
    this.key = "iitk:worksheet:" + this.tool + ":" + this.revision;
    this.status = form.querySelector("[data-status]");
    this.sections = Array.prototype.slice.call(form.querySelectorAll("[data-block-id]"));
    this.events = form.getAttribute("data-iitk-events");
    this.blank = this.answers();
  }

  Worksheet.prototype.answers = function () {
    var answers = {};
    this.sections.forEach(function (s) {
      var type = types[s.getAttribute("data-block-type")];
      if (type) answers[s.getAttribute("data-block-id")] = type.get(s);
    });
    return answers;
  };

  Worksheet.prototype.apply = function (answers) {
    var self = this;
    this.sections.forEach(function (s) {
      var id = s.getAttribute("data-block-id");
      var type = types[s.getAttribute("data-block-type")];
      if (!type) return;
      var value = answers && Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : self.blank[id];
      type.set(s, value);
    });
    refresh(this.form);
  };

  Worksheet.prototype.keep = function () {
    try {
      window.localStorage.setItem(this.key, JSON.stringify(this.answers()));
      return true;
    } catch (error) {
      this.say(texts.noStorage);
      return false;
    }
  };

  Worksheet.prototype.stored = function () {
    try {
      var raw = window.localStorage.getItem(this.key);
      return raw ? JSON.parse(raw) : null;
    } catch (error) {
      return null;
    }
  };

  Worksheet.prototype.say = function (message) {
    // Empty first, so saying the same thing twice is announced twice.
    var status = this.status;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  };

  Worksheet.prototype.count = function (type) {
    // Anonymous counts only: the event type, "tool" and the tool's slug.
    var nav = window.navigator;
    if (!this.events || typeof nav.sendBeacon !== "function") return;
    if (nav.globalPrivacyControl === true || nav.doNotTrack === "1" || window.doNotTrack === "1") return;
    try {
      nav.sendBeacon(this.events, JSON.stringify({ events: [{ type: type, kind: "tool", item: this.tool }] }));
    } catch (error) {
      // Counting must never break the worksheet.
    }
  };

  Worksheet.prototype.asText = function () {
    var answers = this.answers();
    var parts = [this.title, ""];
    this.sections.forEach(function (s) {
      var type = types[s.getAttribute("data-block-type")];
      var label = s.querySelector(".iitk-ws-block__label");
      parts.push((label ? label.textContent.trim() : "") + "\n" + type.text(s, answers[s.getAttribute("data-block-id")]) + "\n");
    });
    return parts.join("\n").trim() + "\n";
  };

  Worksheet.prototype.save = function () {
    var data = {
      format: FORMAT,
      version: 1,
      tool: this.tool,
      revision: this.revision,
      title: this.title,
      saved: new Date().toISOString(),
      answers: this.answers()
    };
    var blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
    var link = el("a");
    link.href = URL.createObjectURL(blob);
    link.download = this.tool + "-worksheet-" + data.saved.slice(0, 10) + ".json";
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    this.count("worksheet_save");
  };

  Worksheet.prototype.open = function (file) {
    var self = this;
    var reader = new FileReader();
    reader.onload = function () {
      var data;
      try {
        data = JSON.parse(reader.result);
      } catch (error) {
        data = null;
      }
      if (!data || data.format !== FORMAT || data.tool !== self.tool || typeof data.answers !== "object" || !data.answers) {
        self.say(texts.badFile);
        return;
      }
      self.apply(data.answers);
      self.keep();
      self.say(data.revision === self.revision ? texts.opened : texts.openedOther);
    };
    reader.readAsText(file);
  };

  Worksheet.prototype.copy = function () {
    var self = this;
    var text = this.asText();
    var fallback = function () {
      var area = self.form.querySelector(".iitk-ws__copy");
      if (!area) {
        area = el("textarea", "iitk-ws__copy");
        area.readOnly = true;
        area.setAttribute("aria-label", texts.copied);
        self.status.insertAdjacentElement("afterend", area);
      }
      area.value = text;
      area.focus();
      area.select();
      self.say(texts.copyByHand);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { self.say(texts.copied); }, fallback);
    } else {
      fallback();
    }
  };

  Worksheet.prototype.edit = function (target) {
    // The add, remove and move buttons of lists, tables and trees.
    var action = target.getAttribute("data-action");
    var section = target.closest("[data-block-id]");
    var type = section.getAttribute("data-block-type");
    var value = types[type].get(section);
    var item = target.closest("li, tr");
    var siblings = item ? Array.prototype.slice.call(item.parentNode.children) : [];
    var at = siblings.indexOf(item);
    var focusPath = null;
    var addIndex = Array.prototype.indexOf.call(section.querySelectorAll("[data-action=" + action + "]"), target);
    if (type === "list") {
      if (action === "add-item") { value.push(""); focusPath = [value.length - 1]; }
      if (action === "remove") { value.splice(at, 1); focusPath = [Math.max(0, at - 1)]; }
      if (action === "up" && at > 0) { value.splice(at - 1, 0, value.splice(at, 1)[0]); focusPath = [at - 1, action]; }
      if (action === "down" && at < value.length - 1) { value.splice(at + 1, 0, value.splice(at, 1)[0]); focusPath = [at + 1, action]; }
    } else if (type === "table") {
      if (action === "add-row") { value.push([]); focusPath = [value.length - 1]; }
      if (action === "remove-row") { value.splice(at, 1); focusPath = [Math.max(0, at - 1)]; }
    } else if (type === "tree") {
      var path = [];
      for (var node = item; node && node !== section; node = node.parentNode) {
        if (node.tagName === "LI") path.unshift(Array.prototype.indexOf.call(node.parentNode.children, node));
      }
      var drivers = value.drivers;
      if (action === "add-primary") drivers.push({ text: "", secondary: [{ text: "", ideas: [""] }] });
      if (action === "add-secondary") drivers[path[0]].secondary.push({ text: "", ideas: [""] });
      if (action === "add-idea") drivers[path[0]].secondary[path[1]].ideas.push("");
      if (action === "remove-node") {
        if (path.length === 1) drivers.splice(path[0], 1);
        if (path.length === 2) drivers[path[0]].secondary.splice(path[1], 1);
        if (path.length === 3) drivers[path[0]].secondary[path[1]].ideas.splice(path[2], 1);
      }
    }
    types[type].set(section, value);
    refresh(section);
    this.keep();
    this.refocus(section, type, action, focusPath, addIndex);
  };

  Worksheet.prototype.refocus = function (section, type, action, focusPath, addIndex) {
    // Keep the keyboard where the person was: on the new field, the moved item, or near.
    var fields = section.querySelectorAll("input[type=text], textarea.iitk-ws-cell");
    var goal = null;
    if (type === "list" && focusPath) {
      var li = section.querySelectorAll(".iitk-ws-list > li")[focusPath[0]];
      goal = li && (focusPath[1] ? li.querySelector("[data-action=" + focusPath[1] + "]") : li.querySelector("input"));
    } else if (type === "table" && focusPath) {
      var tr = section.querySelectorAll("tbody tr")[focusPath[0]];
      goal = tr && tr.querySelector("textarea");
    } else if (action.indexOf("add-") === 0) {
      var add = section.querySelectorAll("[data-action=" + action + "]");
      var host = add[addIndex] || add[add.length - 1];
      var list = host && host.previousElementSibling;
      var last = list && list.tagName === "OL" ? list.lastElementChild : null;
      goal = last ? last.querySelector("input") : null;
    }
    (goal || fields[0] || section.querySelector("button")).focus();
  };

  Worksheet.prototype.start = function () {
    var self = this;
    var form = this.form;
    var stored = this.stored();
    this.apply(stored || this.blank);
    form.querySelector(".iitk-ws__toolbar").hidden = false;
    var date = form.querySelector("[data-date]");
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("input", function (event) {
      if (event.target.getAttribute("data-action") === "open") return;
      if (event.target.classList.contains("iitk-ws__copy")) return;
      grow(event.target);
      self.keep();
    });
    form.addEventListener("change", function (event) {
      var field = event.target;
      if (field.getAttribute("data-action") === "open" && field.files && field.files[0]) {
        self.open(field.files[0]);
        field.value = "";
      }
    });
    form.addEventListener("click", function (event) {
      var target = event.target.closest("button[data-action]");
      if (!target) return;
      var action = target.getAttribute("data-action");
      if (action === "print") window.print();
      else if (action === "save") self.save();
      else if (action === "copy") self.copy();
      else if (action === "clear") {
        if (!window.confirm(texts.confirmClear)) return;
        try { window.localStorage.removeItem(self.key); } catch (error) { /* nothing kept */ }
        self.apply(self.blank);
        self.say(texts.cleared);
      } else self.edit(target);
    });
    var printing = false;
    window.addEventListener("beforeprint", function () {
      if (date) date.textContent = new Date().toLocaleDateString();
      if (!printing) self.count("worksheet_print");
      printing = true;
    });
    window.addEventListener("afterprint", function () { printing = false; });
    if (stored) this.say(texts.saved);
    this.count("worksheet_open");
  };

  function init() {
    var forms = document.querySelectorAll("form[data-iitk-worksheet]");
    Array.prototype.forEach.call(forms, function (form) { new Worksheet(form).start(); });
  }

  if (script && script.getAttribute("data-iitk-texts")) {
    try {
      var given = JSON.parse(script.getAttribute("data-iitk-texts"));
      Object.keys(given).forEach(function (k) { if (typeof given[k] === "string") texts[k] = given[k]; });
    } catch (error) {
      // Keep the English texts.
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
