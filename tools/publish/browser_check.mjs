// Opens the offline docs page in headless Chromium, one operation at a time, with every network
// request refused, opens the error responses, and reports what a reader can see.
// Usage: node tools/publish/browser_check.mjs <page.html> <screenshot-dir> <route>...
//   where a route is the page's own "<tag>/<operationid>" (lower case), e.g. favor/queryfavorcoupon
// Prints one JSON object: {"pages": {route: visible text}, "requests": [every URL the page asked
// for, in order], "left": [those that would leave the page (not file:, data: or blob:)]}.
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import path from "node:path";

const LOCAL = /^(file|data|blob|about):/;
const [pagePath, screenshotDir, ...routes] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const requests = [];
const left = [];
const pages = {};
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // Service workers could fetch behind the page's back; the page needs none.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (LOCAL.test(url)) {
      return route.continue();
    }
    left.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  // Every request the page makes, including those the route above refuses and data: URIs.
  page.on("request", (request) => requests.push(request.url()));
  context.on("requestfailed", (request) => {
    if (!LOCAL.test(request.url()) && !left.includes(request.url())) {
      left.push(request.url());
    }
  });
  const base = pathToFileURL(pagePath).href;
  for (const route of routes) {
    await page.goto(`${base}#/${route}`, { waitUntil: "load" });
    // The page routes on the hash; a tag's page is drawn once its operations' responses are.
    await page.getByText("Responses").first().waitFor({ timeout: 30000 });
    // Error responses are tabs in the samples panel; open each 400 so its codes show.
    for (const tab of await page.getByRole("button", { name: "400", exact: true }).all()) {
      await tab.click();
    }
    // Let anything the page loads lazily (images, fonts) start before it is judged.
    await page.waitForLoadState("networkidle");
    const name = route.replaceAll("/", "--");
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false });
    pages[route] = await page.evaluate(() => document.body.innerText);
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify({ pages, requests, left }));
