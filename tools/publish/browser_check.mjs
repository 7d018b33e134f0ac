// Opens the offline docs page in headless Chromium, one operation at a time, with every network
// request refused, opens the error responses, and reports what a reader can see.
// Usage: node tools/publish/browser_check.mjs <page.html> <screenshot-dir> <route>...
//   where a route is the page's own "<tag>/<operationid>" (lower case), e.g. favor/queryfavorcoupon
// Prints one JSON object: {"pages": {route: visible text}, "refused": [URLs the page asked for]}.
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [pagePath, screenshotDir, ...routes] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const refused = [];
const pages = {};
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) {
      return route.continue();
    }
    refused.push(url);
    return route.abort();
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
    const name = route.replaceAll("/", "--");
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false });
    pages[route] = await page.evaluate(() => document.body.innerText);
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify({ pages, refused }));
