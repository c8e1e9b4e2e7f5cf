// The one-time hand-off page: checks the link, opens it only when asked, shows what it holds
// as text only (never as HTML), and copies each value. The key (the link's fragment) stays in
// this page: the server gets only a proof derived from it.
"use strict";

(function () {
  const byId = (id) => document.getElementById(id);
  const status = byId("status");
  const showButton = byId("show");
  const handOffId = location.pathname.split("/").pop();
  const key = location.hash.slice(1);
  const values = {};

  function say(text, problem) {
    status.textContent = text;
    status.className = problem ? "problem" : "";
  }

  function wholeKey(text) {
    if (!/^[A-Za-z0-9_-]{43}$/.test(text)) return false;
    try {
      return handOffBytes(text).length === 32;
    } catch (error) {
      return false;
    }
  }

  function refuse(text) {
    byId("ready").hidden = true;
    say(text, true);
  }

  if (!wholeKey(key) || !/^[A-Za-z0-9_-]{1,64}$/.test(handOffId)) {
    refuse(
      "This link is incomplete: part of it is missing or damaged. Ask the person who sent " +
        "it to copy the whole link again; nothing was used up.",
    );
    return;
  }
  if (!window.crypto || !crypto.subtle) {
    refuse(
      "This page needs a secure connection (https) to open the link. Ask the person who sent " +
        "it for a link that starts with https; nothing was used up.",
    );
    return;
  }

  function expiry(text) {
    if (!text) return "Never (until it is revoked)";
    const moment = new Date(text);
    return isNaN(moment) ? String(text) : moment.toLocaleString();
  }

  function setText(id, value) {
    const text = value === undefined || value === null ? "" : String(value);
    byId(id).textContent = text;
    values[id] = text;
  }

  function docsAddress(api) {
    try {
      const address = new URL("docs", String(api).replace(/\/?$/, "/"));
      return address.protocol === "https:" || address.protocol === "http:" ? address.href : null;
    } catch (error) {
      return null;
    }
  }

  function show(contents) {
    setText("message", contents.message);
    setText("store", contents.store);
    setText("username", contents.username);
    setText("token", contents.token);
    const withPassword = typeof contents.password === "string" && contents.password !== "";
    setText("password", withPassword ? contents.password : "");
    byId("password-label").hidden = !withPassword;
    byId("password-row").hidden = !withPassword;
    const permissions = Array.isArray(contents.permissions) ? contents.permissions : [];
    setText("permissions", permissions.map(String).join(", "));
    setText("expires", expiry(contents.expires_at));
    setText("api", contents.api);
    const docs = docsAddress(contents.api);
    const fallback = docs ? `See the API's documentation: ${docs}` : "";
    setText("connect", typeof contents.connect === "string" ? contents.connect : fallback);
    const link = byId("docs");
    if (docs) link.href = docs;
    else link.hidden = true;
    byId("ready").hidden = true;
    byId("details").hidden = false;
    byId("heading").textContent = contents.store
      ? `Access details from ${contents.store}`
      : "Access details";
    byId("heading").focus();
  }

  async function reveal(ciphertext) {
    // The key has done its work: out of the address bar and this tab's history.
    history.replaceState(null, "", location.pathname);
    let contents;
    try {
      contents = await openHandOff(ciphertext, key, location.origin);
    } catch (error) {
      say(
        "This link was opened, but what it holds could not be read here (it was made for " +
          "another address). Ask the person who sent it for a new link.",
        true,
      );
      return;
    }
    say("");
    show(contents);
  }

  async function open() {
    showButton.disabled = true;
    say("Opening the link\u2026");
    let answer;
    let body = null;
    try {
      const proof = await handOffKeyProof(key);
      answer = await fetch(`/v1/hand-offs/${encodeURIComponent(handOffId)}/open`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ key_proof: proof }),
        cache: "no-store",
        credentials: "omit",
      });
      body = await answer.json().catch(() => null);
    } catch (error) {
      showButton.disabled = false;
      say(
        "The server could not be reached, so nothing was opened. Check your connection and " +
          "press the button again.",
        true,
      );
      return;
    }
    if (answer.ok && body && typeof body.ciphertext === "string") {
      await reveal(body.ciphertext);
      return;
    }
    const told = body && body.error && typeof body.error.message === "string";
    if (answer.status === 429 || answer.status >= 500 || !told) showButton.disabled = false;
    say(told ? body.error.message : "The server could not open this link. Try again in a minute.", true);
  }

  async function copy(name, button) {
    const text = values[name] || "";
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied";
    } catch (error) {
      // Without the clipboard (a page not on https): select it for Ctrl+C.
      const range = document.createRange();
      range.selectNodeContents(byId(name));
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      button.textContent = "Selected: press Ctrl+C";
    }
  }

  showButton.addEventListener("click", open);
  for (const button of document.querySelectorAll("button[data-copy]")) {
    button.addEventListener("click", () => copy(button.dataset.copy, button));
  }
})();
