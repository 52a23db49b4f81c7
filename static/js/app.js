// Small progressive enhancements; every page works without them.
document.addEventListener("change", (event) => {
  const target = event.target;
  if (target.matches("select[data-autosubmit]")) {
    target.form.submit();
  }
});

document.addEventListener("submit", (event) => {
  const question = event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// A confirm step (templates/core/partials/confirm.html) works as plain <details>; here it also
// moves the focus to its button, closes on Escape or a click elsewhere, and one is open at a time.
const openConfirms = () => document.querySelectorAll("details.confirm[open]");

document.addEventListener(
  "toggle",
  (event) => {
    const details = event.target;
    if (!details.matches || !details.matches("details.confirm") || !details.open) return;
    openConfirms().forEach((other) => other !== details && other.removeAttribute("open"));
    details.querySelector(".confirm-panel button").focus();
  },
  true,
);

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  openConfirms().forEach((details) => {
    details.removeAttribute("open");
    details.querySelector("summary").focus();
  });
});

document.addEventListener("click", (event) => {
  openConfirms().forEach((details) => !details.contains(event.target) && details.removeAttribute("open"));
});

// On a phone the tab bars scroll sideways (app.css): bring the current tab into view.
document.querySelectorAll(".tabs").forEach((bar) => {
  const current = bar.querySelector('[aria-current="page"]');
  if (current && bar.scrollWidth > bar.clientWidth) {
    bar.scrollLeft = current.offsetLeft - (bar.clientWidth - current.offsetWidth) / 2;
  }
});
