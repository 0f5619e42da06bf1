"use strict";
// The chat page: sends questions to /api/chat/, shows replies, takes 👍/👎 feedback.
// Bot text is always inserted with textContent, never as HTML.
(function () {
  const form = document.getElementById("composer");
  const input = document.getElementById("query");
  const sendButton = form.querySelector("button");
  const language = document.getElementById("language");
  const list = document.getElementById("messages");
  const status = document.getElementById("status");
  const sourceLabels = { faq: "Help article", llm: "AI answer", fallback: "Support team",
                         out_of_domain: "", greeting: "", handoff: "" };

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function append(item) {
    list.appendChild(item);
    item.scrollIntoView({ block: "end" });
    return item;
  }

  function addUserMessage(text) {
    append(element("li", "msg msg--user", text));
  }

  function feedbackButtons(messageId) {
    const group = element("span", "msg__feedback");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Was this helpful?");
    // Drawn from an icon file rather than emoji, which many systems render as empty boxes.
    [[true, "msg__rate msg__rate--up", "Helpful"], [false, "msg__rate msg__rate--down", "Not helpful"]].forEach(function (choice) {
      const button = element("button", choice[1]);
      button.type = "button";
      button.setAttribute("aria-label", choice[2]);
      button.addEventListener("click", async function () {
        const buttons = group.querySelectorAll("button");
        buttons.forEach(function (b) { b.disabled = true; });
        button.setAttribute("aria-pressed", "true");
        let saved = false;
        try {
          const response = await fetch("/api/feedback", {
            method: "POST", headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ message_id: messageId, helpful: choice[0] }),
          });
          saved = response.ok;
        } catch (err) { /* said below, like any other failure */ }
        const previous = group.querySelector(".msg__thanks");
        if (previous) previous.remove();
        group.appendChild(element("span", "msg__thanks", saved ? "Thanks for the feedback" : "Could not save feedback; try again"));
        if (!saved) {  // the rating is not lost: the user can send it again
          buttons.forEach(function (b) { b.disabled = false; });
          button.removeAttribute("aria-pressed");
        }
      });
      group.appendChild(button);
    });
    return group;
  }

  function showReply(reply) {
    const item = element("li", "msg msg--bot");
    if (reply.language) item.lang = reply.language;
    if (reply.source === "faq" && reply.question) item.appendChild(element("span", "msg__title", reply.question));
    item.appendChild(element("span", "msg__text", reply.answer));
    const notes = [sourceLabels[reply.source], reply.translated === false ? "shown in English" : ""].filter(Boolean);
    const meta = element("span", "msg__meta", notes.join(" · "));
    if (reply.message_id) meta.appendChild(feedbackButtons(reply.message_id));
    item.appendChild(meta);
    (reply.suggestions || []).forEach(function (s) {
      const button = element("button", "msg__suggestion", "Did you mean: " + s.question);
      button.type = "button";
      button.addEventListener("click", function () { ask(s.question); });
      item.appendChild(button);
    });
    append(item);
  }

  function showError(text, retry) {
    const item = element("li", "msg msg--bot msg--error", text);
    if (retry) {
      const button = element("button", "msg__suggestion", "Retry");
      button.type = "button";
      button.addEventListener("click", function () { item.remove(); retry(); });
      item.appendChild(button);
    }
    append(item);
  }

  async function send(query) {
    const typing = append(element("li", "msg msg--typing", "Typing…"));
    typing.setAttribute("aria-label", "The bot is typing");
    sendButton.disabled = true;
    try {
      const body = { query: query, language: language.value };
      if (sessionStorage.conversationId) body.conversation_id = sessionStorage.conversationId;
      const response = await fetch("/api/chat/", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
      const reply = await response.json().catch(function () { return null; });  // e.g. a proxy's HTML error page
      typing.remove();
      if (!response.ok || reply === null) {
        const retry = response.status >= 500 || reply === null ? function () { send(query); } : null;
        showError((reply && reply.error) || "The service is unavailable right now.", retry);
        return;
      }
      if (reply.conversation_id) sessionStorage.conversationId = reply.conversation_id;
      showReply(reply);
    } catch (err) {
      typing.remove();
      showError("Network error: check your connection.", function () { send(query); });
    } finally {
      sendButton.disabled = false;
      input.focus();
    }
  }

  function ask(query) {
    addUserMessage(query);
    send(query);
  }

  async function checkHealth() {
    try {
      const report = await (await fetch("/api/health")).json();
      const ready = report.status === "ok";
      // Only what users notice: an unreadable record spool, say, is for the operators.
      status.textContent = !report.redis ? "Some features are unavailable right now; help articles still work."
        : !(report.workers || []).length ? "The AI model is warming up; help-article answers already work." : "";
      status.hidden = !status.textContent;
      if (!ready) setTimeout(checkHealth, 5000);
    } catch (err) { setTimeout(checkHealth, 5000); }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return;
    input.value = "";
    ask(query);
  });
  if (sessionStorage.language) language.value = sessionStorage.language;
  language.addEventListener("change", function () { sessionStorage.language = language.value; });
  checkHealth();
})();
