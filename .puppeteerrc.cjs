// Browsers come from the system (Debian's chromium and firefox-esr); never download one at install time.
module.exports = { skipDownload: true };
