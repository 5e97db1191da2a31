const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whole years between a birth date and the interview's day, as a birthday counts them: the age goes up
 * on the birthday itself; someone born on 29 February turns a year older on 1 March in other years.
 * Null when either day is not a written day or the birth is after the interview.
 */
export function ageOn(birthDate: string, day: string): number | null {
  const b = DAY.exec(birthDate);
  const d = DAY.exec(day);
  if (!b || !d) return null;
  const [by, bm, bd] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const [dy, dm, dd] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const hadBirthday = dm > bm || (dm === bm && dd >= bd);
  const age = dy - by - (hadBirthday ? 0 : 1);
  return age < 0 ? null : age;
}
