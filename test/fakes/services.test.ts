import { createAppsScriptEnv } from "../../src/fakes";

describe("PropertiesService", () => {
  test("document, user and script stores are separate", () => {
    const { globals, properties } = createAppsScriptEnv();
    const doc = globals.PropertiesService.getDocumentProperties()!;
    doc.setProperty("plan", "v1").setProperties({ a: "1", b: "2" });
    globals.PropertiesService.getUserProperties().setProperty("plan", "mine");
    expect(globals.PropertiesService.getDocumentProperties()!.getProperty("plan")).toBe("v1");
    expect(globals.PropertiesService.getUserProperties().getProperty("plan")).toBe("mine");
    expect(globals.PropertiesService.getScriptProperties().getProperty("plan")).toBeNull();
    expect(doc.getKeys().sort()).toEqual(["a", "b", "plan"]);
    expect(doc.getProperties()).toEqual({ plan: "v1", a: "1", b: "2" });
    doc.deleteProperty("a");
    doc.setProperties({ only: "this" }, true);
    expect(properties.document).toEqual(new Map([["only", "this"]]));
    doc.deleteAllProperties();
    expect(doc.getKeys()).toEqual([]);
  });

  test("values are stored as strings", () => {
    const { globals } = createAppsScriptEnv();
    const props = globals.PropertiesService.getScriptProperties();
    props.setProperty("n", 42 as unknown as string);
    expect(props.getProperty("n")).toBe("42");
  });

  test("a value over 9 KB is refused and nothing of the batch is stored", () => {
    const { globals } = createAppsScriptEnv();
    const props = globals.PropertiesService.getDocumentProperties()!;
    props.setProperty("fits", "x".repeat(9 * 1024));
    expect(() => props.setProperties({ ok: "1", big: "é".repeat(4700) })).toThrow(
      "Argument too large: value",
    );
    expect(props.getKeys()).toEqual(["fits"]);
  });

  test("a store holds at most 500 KB", () => {
    const { globals } = createAppsScriptEnv();
    const props = globals.PropertiesService.getUserProperties();
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, "x".repeat(9000));
    expect(() => props.setProperty("k56", "x".repeat(9000))).toThrow(
      "exceeded the property storage quota",
    );
  });
});

describe("LockService", () => {
  test("a free lock is taken and released", () => {
    const { globals, locks } = createAppsScriptEnv();
    const lock = globals.LockService.getDocumentLock()!;
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect([lock.hasLock(), locks.isHeld("document"), locks.isHeld("script")]).toEqual([
      true,
      true,
      false,
    ]);
    lock.releaseLock();
    expect([lock.hasLock(), locks.isHeld("document")]).toEqual([false, false]);
    lock.releaseLock();
  });

  test("a lock held by another execution times out", () => {
    const { globals, locks } = createAppsScriptEnv();
    locks.holdElsewhere("script");
    const lock = globals.LockService.getScriptLock();
    expect(lock.tryLock(500)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(30000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    lock.releaseLock();
    expect(locks.isHeld("script")).toBe(true);
    locks.release("script");
    lock.waitLock(30000);
    expect(lock.hasLock()).toBe(true);
    expect(globals.LockService.getUserLock().tryLock(0)).toBe(true);
  });

  test("a second lock object cannot take a lock the first holds", () => {
    const { globals } = createAppsScriptEnv();
    const first = globals.LockService.getDocumentLock()!;
    const second = globals.LockService.getDocumentLock()!;
    first.waitLock(1000);
    expect(first.tryLock(1000)).toBe(true);
    expect(second.tryLock(1000)).toBe(false);
  });
});

describe("ScriptApp triggers", () => {
  test("spreadsheet and clock triggers are created and listed", () => {
    const env = createAppsScriptEnv({ now: "2026-12-07T08:00:00Z" });
    const { ScriptApp, SpreadsheetApp } = env.globals;
    const ss = SpreadsheetApp.getActive()!;
    const submit = ScriptApp.newTrigger("onOfferSubmitted")
      .forSpreadsheet(ss)
      .onFormSubmit()
      .create();
    const daily = ScriptApp.newTrigger("dailySummary").timeBased().everyDays(1).atHour(7).create();
    expect([submit.getHandlerFunction(), submit.getEventType(), submit.getTriggerSource()]).toEqual(
      [
        "onOfferSubmitted",
        ScriptApp.EventType.ON_FORM_SUBMIT,
        ScriptApp.TriggerSource.SPREADSHEETS,
      ],
    );
    expect(submit.getTriggerSourceId()).toBe(ss.getId());
    expect([daily.getEventType(), daily.getTriggerSource(), daily.getTriggerSourceId()]).toEqual([
      ScriptApp.EventType.CLOCK,
      ScriptApp.TriggerSource.CLOCK,
      null,
    ]);
    expect(submit.getUniqueId()).not.toBe(daily.getUniqueId());
    expect(ScriptApp.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual([
      "onOfferSubmitted",
      "dailySummary",
    ]);
    expect(env.triggers[1]).toMatchObject({
      schedule: { everyDays: 1, atHour: 7 },
      createdAt: "2026-12-07T08:00:00.000Z",
    });
    ScriptApp.deleteTrigger(submit);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual([
      "dailySummary",
    ]);
  });

  test("an add-on gets one trigger of each event type per user per document", () => {
    const { globals } = createAppsScriptEnv();
    const { ScriptApp, SpreadsheetApp } = globals;
    const ss = SpreadsheetApp.getActiveSpreadsheet()!;
    ScriptApp.newTrigger("a").timeBased().everyHours(6).create();
    expect(() => ScriptApp.newTrigger("b").timeBased().everyDays(1).create()).toThrow(
      "This add-on has created too many time-based triggers in this document for this Google user account.",
    );
    ScriptApp.newTrigger("c").forSpreadsheet(ss.getId()).onOpen().create();
    expect(() => ScriptApp.newTrigger("d").forSpreadsheet(ss).onOpen().create()).toThrow(
      "too many",
    );
    ScriptApp.newTrigger("e").forSpreadsheet(ss).onEdit().create();
    expect(ScriptApp.getProjectTriggers()).toHaveLength(3);
  });

  test("time-driven triggers run at most hourly", () => {
    const { ScriptApp } = createAppsScriptEnv().globals;
    expect(() => ScriptApp.newTrigger("f").timeBased().everyMinutes(30)).toThrow("once an hour");
    expect(() => ScriptApp.newTrigger("f").timeBased().everyHours(0)).toThrow(
      "Invalid argument: hours",
    );
    expect(() => ScriptApp.newTrigger("f").timeBased().atHour(24)).toThrow(
      "Invalid argument: hour",
    );
    expect(() => ScriptApp.newTrigger("f").timeBased().atHour(7).create()).toThrow(
      "Missing schedule",
    );
  });

  test("fireTrigger runs the handler by name with an event; no UI in a time-driven run", () => {
    const env = createAppsScriptEnv({ now: "2026-12-07T07:00:00Z" });
    const { ScriptApp, SpreadsheetApp } = env.globals;
    const daily = ScriptApp.newTrigger("dailySummary").timeBased().everyDays(1).create();
    const submit = ScriptApp.newTrigger("onOfferSubmitted")
      .forSpreadsheet(SpreadsheetApp.getActive()!)
      .onFormSubmit()
      .create();
    const seen: Array<Record<string, unknown>> = [];
    const scope = {
      dailySummary: (e: Record<string, unknown>) => {
        seen.push(e);
        expect(() => SpreadsheetApp.getUi()).toThrow(
          "Cannot call SpreadsheetApp.getUi() from this context.",
        );
        return "sent";
      },
      onOfferSubmitted: (e: Record<string, unknown>) => seen.push(e),
    };
    expect(env.fireTrigger(daily, {}, scope)).toBe("sent");
    env.fireTrigger(submit, { values: ["Ann", "walks"] }, scope);
    expect(seen[0]).toMatchObject({
      authMode: "FULL",
      triggerUid: daily.getUniqueId(),
      hour: 7,
      "day-of-week": 1,
    });
    // Google's form-submit event: authMode, namedValues, range, triggerUid, values; no source.
    expect(seen[1]).toMatchObject({
      values: ["Ann", "walks"],
      authMode: "FULL",
      triggerUid: submit.getUniqueId(),
    });
    expect(seen[1].source).toBeUndefined();
    expect(SpreadsheetApp.getUi()).toBeDefined();
    ScriptApp.deleteTrigger(daily);
    expect(() => env.fireTrigger(daily, {}, scope)).toThrow("no such trigger");
    const orphan = ScriptApp.newTrigger("missing").timeBased().everyHours(1).create();
    expect(() => env.fireTrigger(orphan)).toThrow("Script function not found: missing");
  });
});

describe("Ui", () => {
  test("menus are recorded and their items can be clicked", () => {
    const env = createAppsScriptEnv();
    const ui = env.globals.SpreadsheetApp.getUi();
    const calls: string[] = [];
    Object.assign(env.globals, {
      planWeek: () => calls.push("plan"),
      sendBriefs: () => calls.push("briefs"),
    });
    ui.createAddonMenu()
      .addItem("Plan the week", "planWeek")
      .addSeparator()
      .addSubMenu(ui.createMenu("Email").addItem("Send briefs", "sendBriefs"))
      .addToUi();
    ui.createAddonMenu()
      .addItem("Plan the week", "planWeek")
      .addSubMenu(ui.createMenu("Email").addItem("Send briefs", "sendBriefs"))
      .addToUi();
    expect(env.ui.menus).toHaveLength(1);
    expect(env.ui.items()).toEqual([
      { caption: "Plan the week", functionName: "planWeek" },
      { caption: "Email > Send briefs", functionName: "sendBriefs" },
    ]);
    env.ui.click("Plan the week");
    env.ui.click("Email > Send briefs");
    expect(calls).toEqual(["plan", "briefs"]);
    expect(() => env.ui.click("Nope")).toThrow('No menu item "Nope"');
  });

  test("alerts and prompts take the queued answers, and are closed when none is queued", () => {
    const env = createAppsScriptEnv();
    const ui = env.globals.SpreadsheetApp.getUi();
    env.ui.answerAlert("YES");
    env.ui.answerPrompt("Rex", "OK");
    expect(ui.alert("Send briefs", "Email 4 helpers?", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    const reply = ui.prompt("Dog's name?", ui.ButtonSet.OK_CANCEL);
    expect([reply.getResponseText(), reply.getSelectedButton()]).toEqual(["Rex", ui.Button.OK]);
    expect(ui.alert("Done")).toBe(ui.Button.CLOSE);
    expect(env.ui.asked).toEqual([
      {
        kind: "alert",
        title: "Send briefs",
        prompt: "Email 4 helpers?",
        buttons: "YES_NO",
        answer: "YES",
      },
      {
        kind: "prompt",
        title: "",
        prompt: "Dog's name?",
        buttons: "OK_CANCEL",
        answer: "OK",
        text: "Rex",
      },
      { kind: "alert", title: "", prompt: "Done", buttons: "OK", answer: "CLOSE" },
    ]);
    env.ui.answerAlert("YES");
    expect(() => ui.alert("Sure?", ui.ButtonSet.OK_CANCEL)).toThrow("does not fit");
  });

  test("sidebars and dialogs are recorded with their HTML", () => {
    const env = createAppsScriptEnv({ htmlFiles: { Sidebar: "<p>Support Map</p>" } });
    const { HtmlService, SpreadsheetApp } = env.globals;
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Support Map"));
    ui.showModalDialog(
      HtmlService.createHtmlOutput("<b>Plan</b>").setWidth(600).setHeight(400),
      "This week",
    );
    expect(env.ui.sidebars).toEqual([
      { kind: "sidebar", title: "Support Map", content: "<p>Support Map</p>", width: 0, height: 0 },
    ]);
    expect(env.ui.dialogs[1]).toEqual({
      kind: "modal",
      title: "This week",
      content: "<b>Plan</b>",
      width: 600,
      height: 400,
    });
  });
});

describe("HtmlService", () => {
  test("files are found with or without .html, and a missing one throws", () => {
    const { HtmlService } = createAppsScriptEnv({
      htmlFiles: { Sidebar: "<div>hi</div>" },
    }).globals;
    expect(HtmlService.createHtmlOutputFromFile("Sidebar.html").getContent()).toBe("<div>hi</div>");
    expect(() => HtmlService.createHtmlOutputFromFile("Dialog")).toThrow(
      "No HTML file named Dialog was found.",
    );
  });

  test("outputs keep their settings and content", () => {
    const { HtmlService } = createAppsScriptEnv().globals;
    const out = HtmlService.createHtmlOutput()
      .append("<p>a</p>")
      .append("<p>b</p>")
      .setTitle("T")
      .setWidth(300)
      .setHeight(200)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
    expect([out.getContent(), out.getTitle(), out.getWidth(), out.getHeight()]).toEqual([
      "<p>a</p><p>b</p>",
      "T",
      300,
      200,
    ]);
  });

  test("templates print their variables, escaped with <?= and raw with <?!=", () => {
    const { HtmlService } = createAppsScriptEnv({
      htmlFiles: { Brief: "<h1><?= who.name ?></h1><?!= body ?>" },
    }).globals;
    const t = HtmlService.createTemplateFromFile("Brief");
    t.who = { name: "Ann & Bo" };
    t.body = "<p>Walk Rex</p>";
    expect(t.evaluate().getContent()).toBe("<h1>Ann &#38; Bo</h1><p>Walk Rex</p>");
    expect(() => HtmlService.createTemplate("<?= missing ?>").evaluate()).toThrow(
      '"missing" is not defined.',
    );
    expect(() => HtmlService.createTemplate("<? for (;;) {} ?>").evaluate()).toThrow("only prints");
  });
});

describe("MailApp", () => {
  test("mail goes to the outbox with every field", () => {
    const env = createAppsScriptEnv({ now: "2026-12-07T09:30:00Z", userEmail: "sam@example.com" });
    const { MailApp, Utilities } = env.globals;
    MailApp.sendEmail({
      to: "ann@example.com",
      cc: "bo@example.com",
      replyTo: "sam@example.com",
      name: "Support Map",
      subject: "Your week",
      body: "Walk Rex on Monday",
      htmlBody: "<p>Walk Rex on Monday</p>",
      attachments: [Utilities.newBlob("BEGIN:VCALENDAR", "text/calendar", "week.ics")],
    });
    MailApp.sendEmail("cy@example.com", "Check-in", "How was the week?", {
      bcc: "sam@example.com",
    });
    MailApp.sendEmail("dee@example.com", "sam@example.com", "Hello", "Body");
    expect(env.outbox[0]).toEqual({
      from: "sam@example.com",
      to: "ann@example.com",
      cc: "bo@example.com",
      bcc: "",
      replyTo: "sam@example.com",
      name: "Support Map",
      subject: "Your week",
      body: "Walk Rex on Monday",
      htmlBody: "<p>Walk Rex on Monday</p>",
      noReply: false,
      attachments: [{ name: "week.ics", contentType: "text/calendar", text: "BEGIN:VCALENDAR" }],
      sentAt: "2026-12-07T09:30:00.000Z",
    });
    expect(env.outbox[1]).toMatchObject({
      to: "cy@example.com",
      subject: "Check-in",
      bcc: "sam@example.com",
    });
    expect(env.outbox[2]).toMatchObject({
      to: "dee@example.com",
      replyTo: "sam@example.com",
      subject: "Hello",
      body: "Body",
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(100 - 5);
  });

  test("each recipient counts against the daily quota; past it, mail is refused", () => {
    const env = createAppsScriptEnv({ mailQuota: 3 });
    const { MailApp } = env.globals;
    MailApp.sendEmail({ to: "a@example.com, b@example.com", subject: "s", body: "b" });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() =>
      MailApp.sendEmail({ to: "c@example.com", cc: "d@example.com", subject: "s", body: "b" }),
    ).toThrow("Service invoked too many times for one day: email.");
    MailApp.sendEmail("c@example.com", "s", "b");
    expect(() => MailApp.sendEmail("d@example.com", "s", "b")).toThrow(
      "Service invoked too many times",
    );
    expect(env.outbox.map((m) => m.to)).toEqual(["a@example.com, b@example.com", "c@example.com"]);
  });

  test("mail without a recipient or to a bad address is refused", () => {
    const { MailApp } = createAppsScriptEnv().globals;
    expect(() => MailApp.sendEmail({ subject: "s", body: "b" })).toThrow(
      "Failed to send email: no recipient",
    );
    expect(() => MailApp.sendEmail("not an address", "s", "b")).toThrow(
      "Invalid email: not an address",
    );
  });
});

describe("Session, Utilities and Logger", () => {
  test("the user and the time zones", () => {
    const { Session } = createAppsScriptEnv({
      userEmail: "sam@example.com",
      timeZone: "Europe/London",
    }).globals;
    expect(Session.getActiveUser().getEmail()).toBe("sam@example.com");
    expect(Session.getEffectiveUser().getEmail()).toBe("sam@example.com");
    expect(Session.getScriptTimeZone()).toBe("Europe/London");
    expect(Session.getTemporaryActiveUserKey()).toBe(Session.getTemporaryActiveUserKey());
    expect(Session.getTemporaryActiveUserKey()).not.toContain("sam@example.com");
  });

  test("uuids are unique and stable from run to run; blobs hold text and bytes", () => {
    const { Utilities } = createAppsScriptEnv().globals;
    expect([Utilities.getUuid(), Utilities.getUuid()]).toEqual([
      "00000000-0000-4000-8000-000000000001",
      "00000000-0000-4000-8000-000000000002",
    ]);
    const blob = Utilities.newBlob("é", "text/plain", "a.txt");
    expect([
      blob.getDataAsString(),
      blob.getName(),
      blob.getContentType(),
      blob.getBytes(),
    ]).toEqual(["é", "a.txt", "text/plain", [-61, -87]]);
    expect(blob.setName("b.csv").setContentTypeFromExtension().getContentType()).toBe("text/csv");
    Utilities.sleep(1000);
  });

  test("Logger and console write to env.logs", () => {
    const env = createAppsScriptEnv();
    env.globals.Logger.log("planned %s of %s", 3, 4);
    env.globals.console.warn("gap", { need: "walks" });
    expect(env.logs).toEqual(["planned 3 of 4", 'WARNING: gap {"need":"walks"}']);
    expect(env.globals.Logger.getLog()).toBe("planned 3 of 4");
  });
});
