"""Screenshots for the closing note: course page on a phone, item analysis, completion report."""
import re, sys
from playwright.sync_api import sync_playwright
base, tag = sys.argv[1], sys.argv[2]
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
def login(page, email):
    page.goto(base + "/id/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", "cx-demo-2026")
    page.locator("main form button[type=submit], form[action*=login] button[type=submit]").last.click()
    page.wait_for_load_state()
with sync_playwright() as p:
    b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
    ctx = b.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    page = ctx.new_page(); login(page, "budi@cxacademy.test")
    page.goto(base + "/id/learn/catalogue/")
    links = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
    course = [l for l in links if l and "mindset" in l]
    print("courses", course)
    page.goto(base + course[0]); page.wait_for_load_state()
    print("course page height", page.evaluate("document.documentElement.scrollHeight"), "scrollWidth", page.evaluate("document.documentElement.scrollWidth"))
    cta = page.locator("text=/Lanjutkan|Mulai/").first
    try:
        print("CTA top", cta.bounding_box())
    except Exception as e: print(e)
    page.screenshot(path=f"/work/shots/{tag}-course-phone-top.png")
    page.screenshot(path=f"/work/shots/{tag}-course-phone-full.png", full_page=True)
    ctx.close()
    for who, path, name, width in [("trainer@cxacademy.test", None, "item-analysis", 1366), ("hr@cxacademy.test", "/admin/hr/completions/", "completion-report", 1366)]:
        ctx = b.new_context(viewport={"width": width, "height": 900}); page = ctx.new_page(); login(page, who)
        if path is None:
            page.goto(base + "/admin/")
            # find a quiz results screen link
            page.goto(base + "/admin/pages/search/?q=kuis")
            hrefs = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
            res = [h for h in hrefs if h and 'results' in h]
            print('results links', res[:5])
            path = res[0] if res else "/admin/"
        page.goto(base + path); page.wait_for_load_state()
        print(name, "scrollWidth", page.evaluate("document.documentElement.scrollWidth"))
        page.screenshot(path=f"/work/shots/{tag}-{name}.png", full_page=True)
        ctx.close()
    b.close()
