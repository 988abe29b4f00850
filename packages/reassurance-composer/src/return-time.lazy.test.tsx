import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

// Core's date picker code fails to load: the composer's own onError hears of it (the return
// time's field is core's DateTimeField, which reports through the handler it is given).
const picker = "../../core/src/components/date-picker-dialog";
afterEach(() => vi.doUnmock(picker));

describe("the return time's date picker", () => {
  it("reports a failed load through the composer's onError, once to the provider, and keeps the typed date", async () => {
    vi.resetModules();
    vi.doMock(picker, () => Promise.reject(new Error("offline")));
    const { AttuneProvider } = await import("@attune/core");
    const { ReassuranceComposer } = await import("./index");
    const user = userEvent.setup();
    const onError = vi.fn();
    const providerOnError = vi.fn();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(
      <AttuneProvider onError={providerOnError}>
        <ReassuranceComposer onSend={() => {}} defaultTemplateId="spaceRecharge" timeZone="Europe/Berlin" onError={onError} />
      </AttuneProvider>,
    );
    const date = screen.getByLabelText("Date (YYYY-MM-DD)");
    await user.type(date, "2026-0");
    await user.click(screen.getByRole("button", { name: /^Choose date/ }));
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "load-failed" })));
    expect(providerOnError.mock.calls.filter(([e]) => e.code === "load-failed")).toHaveLength(1);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(date).toHaveValue("2026-0");
    warn.mockRestore();
  });
});
