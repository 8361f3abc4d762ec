// Debian's browsers are used; puppeteer must never try to download its own.
module.exports = { skipDownload: true };
