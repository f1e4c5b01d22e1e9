// Never let puppeteer download a browser: tests use the system's Chromium and Firefox.
module.exports = { skipDownload: true };
