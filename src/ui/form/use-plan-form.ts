// A step form that edits one slice of the plan: react-hook-form with the parsePlan resolver (mode "onChange"),
// committing the parsed plan to the store whenever the whole candidate is valid. While it is not, the values
// are kept as a draft in the (unpersisted) store so that leaving the step and coming back keeps them.
import { useEffect, useMemo, useRef, useState } from "react";
import { type DefaultValues, type FieldValues, type UseFormReturn, useForm } from "react-hook-form";
import type { Plan } from "../../domain/types";
import { usePlanStore } from "../../state/plan-store";
import { planResolver, type SliceResult, type SliceSpec, validateSlice } from "./plan-resolver";

export interface PlanForm<V extends FieldValues> {
  form: UseFormReturn<V>;
  /** the latest validation of the whole candidate plan */
  status: SliceResult;
  /** true while the form holds values the plan does not have (errors to fix) */
  unsaved: boolean;
}

const getPlan = () => usePlanStore.getState().plan;

export function usePlanForm<V extends FieldValues>(
  formKey: string,
  spec: SliceSpec<V>,
  initial: (plan: Plan) => V,
): PlanForm<V> {
  const resolver = useMemo(() => planResolver(spec, getPlan), [spec]);
  const startValues = useRef<V | null>(null);
  if (startValues.current === null) {
    const s = usePlanStore.getState();
    startValues.current = (s.drafts[formKey] as V | undefined) ?? initial(s.plan);
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
  const { trigger, watch } = form;

  useEffect(() => {
    // a draft with errors, restored: show its errors at once
    if (restoredWithErrors.current) void trigger();
  }, [trigger]);

  useEffect(() => {
    const sub = watch((values) => {
      const store = usePlanStore.getState();
      const r = validateSlice(spec, values as V, store.plan);
      setStatus(r);
      if (r.plan) {
        store.commitPlan(r.plan);
        store.clearDraft(formKey);
      } else {
        store.setDraft(formKey, values);
      }
      // refresh every field's message (an edit can fix or cause an error in another field, e.g. duplicate ids)
      void trigger();
    });
    return () => sub.unsubscribe();
  }, [watch, trigger, spec, formKey]);

  return { form, status, unsaved: status.plan === undefined };
}
