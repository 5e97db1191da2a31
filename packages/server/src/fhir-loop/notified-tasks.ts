import type { Bundle, ParametersParameter } from '@medplum/fhirtypes';

const taskId = (reference: string | undefined): string | undefined =>
  /(?:^|\/)Task\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/.*)?$/.exec(reference ?? '')?.[1];

/** The `focus` references of an R4 backport SubscriptionStatus (a Parameters resource), at any depth of parts. */
function focusesOf(params: readonly ParametersParameter[] | undefined): string[] {
  return (params ?? []).flatMap((p) => [
    ...(p.name === 'focus' && p.valueReference?.reference ? [p.valueReference.reference] : []),
    ...focusesOf(p.part),
  ]);
}

/**
 * The peer Task ids a subscription notification names, however it names them: the Tasks themselves
 * (a full-resource payload), the R4 backport SubscriptionStatus's `notification-event.focus` (an
 * id-only payload), an R4B/R5 SubscriptionStatus's `notificationEvent.focus`, or entry fullUrls.
 * Only ids are taken: carelevel then reads each Task from the program's server itself rather than
 * trusting what the notification carries.
 */
export function notifiedTaskIds(bundle: Bundle): string[] {
  const ids = (bundle.entry ?? []).flatMap((e) => {
    const r = e.resource;
    if (r?.resourceType === 'Task') return [r.id];
    if (r?.resourceType === 'Parameters') return focusesOf(r.parameter).map(taskId);
    // R4B/R5 SubscriptionStatus is not an R4 type: read its one field by hand.
    const events = (r as { notificationEvent?: { focus?: { reference?: string } }[] } | undefined)?.notificationEvent;
    if (events) return events.map((n) => taskId(n.focus?.reference));
    return [taskId(e.fullUrl)];
  });
  return [...new Set(ids.filter((id): id is string => id !== undefined && /^[A-Za-z0-9\-.]{1,64}$/.test(id)))];
}
