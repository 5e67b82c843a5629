// A step form that edits one slice of the plan: react-hook-form with the parsePlan resolver (mode "onChange"),
// committing the parsed plan to the store whenever the whole candidate is valid. While it is not, the values
// are kept as a draft in the (unpersisted) store so that leaving the step and coming back keeps them; the draft
// says where it is (step, form, fields in the admin's words) so that the step bar marks the step and the later
// steps hold their CSRs, downloads and printing until the edits are fixed or discarded.
import { useEffect, useMemo, useRef, useState } from "react";
import { type DefaultValues, type FieldValues, type UseFormReturn, useForm } from "react-hook-form";
import type { Plan } from "../../domain/types";
import { usePlanStore } from "../../state/plan-store";
import { takeFieldFocus } from "../pending";
import type { StepId } from "../steps";
import {
  type FieldMessage,
  planResolver,
  type SliceResult,
  type SliceSpec,
  validateSlice,
} from "./plan-resolver";

export interface PlanForm<V extends FieldValues> {
  form: UseFormReturn<V>;
  /** the latest validation of the whole candidate plan */
  status: SliceResult;
  /** true while the form holds values the plan does not have (errors to fix) */
  unsaved: boolean;
}

/** Where a form is, for the admin: its step, its title on that step and its fields' labels. */
export interface FormPlace {
  step: StepId;
  title: string;
  label(field: string): string;
}

const getPlan = () => usePlanStore.getState().plan;

function fieldsOf(messages: FieldMessage[], r: SliceResult, place: FormPlace) {
  const names = [...new Set(messages.map((m) => m.field))];
  if (names.length === 0 && r.outside.length > 0) names.push("");
  return names.map((name) => ({
    name,
    label: name === "" ? "a value that conflicts with another part of the plan" : place.label(name),
  }));
}

export function usePlanForm<V extends FieldValues>(
  formKey: string,
  spec: SliceSpec<V>,
  initial: (plan: Plan) => V,
  place: FormPlace,
): PlanForm<V> {
  const resolver = useMemo(() => planResolver(spec, getPlan), [spec]);
  const startValues = useRef<V | null>(null);
  if (startValues.current === null) {
    const s = usePlanStore.getState();
    startValues.current = (s.drafts[formKey]?.values as V | undefined) ?? initial(s.plan);
  }
  const form = useForm<V>({
    mode: "onChange",
    resolver,
    defaultValues: startValues.current as DefaultValues<V>,
  });
  const [status, setStatus] = useState<SliceResult>(() =>
    validateSlice(spec, startValues.current as V, getPlan()),
  );
  const restoredWithErrors = useRef(status.plan === undefined);
  const { trigger, watch, setFocus } = form;
  const placeRef = useRef(place);
  placeRef.current = place;

  useEffect(() => {
    // a draft with errors, restored: show its errors at once; the admin came from a banner: focus the field
    const field = takeFieldFocus(formKey);
    if (restoredWithErrors.current || field !== null)
      void trigger().then(() => {
        if (field) setFocus(field as Parameters<typeof setFocus>[0]);
      });
  }, [trigger, setFocus, formKey]);

  useEffect(() => {
    const sub = watch((values) => {
      const store = usePlanStore.getState();
      const r = validateSlice(spec, values as V, store.plan);
      setStatus(r);
      if (r.plan) {
        store.commitPlan(r.plan);
        store.clearDraft(formKey);
      } else {
        const p = placeRef.current;
        store.setDraft(formKey, {
          values,
          step: p.step,
          title: p.title,
          fields: fieldsOf(r.messages, r, p),
        });
      }
      // refresh every field's message (an edit can fix or cause an error in another field, e.g. duplicate ids)
      void trigger();
    });
    return () => sub.unsubscribe();
  }, [watch, trigger, spec, formKey]);

  return { form, status, unsaved: status.plan === undefined };
}
