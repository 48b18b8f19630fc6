// Progressive enhancement only: every page works without this file.
// Moves focus to a form's error summary so that screen-reader and keyboard users hear the problems at once.
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();
});
