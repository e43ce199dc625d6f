import { segment, type Token } from '../text/index.js';
import type { DayPart, Direction, Phase, TimeMention, TimeReading, Weekday } from './time-reading.js';
import { inRange, TimeTokens } from './time-tokens.js';
import { defaultTimeWords, type Sense, type TimeWords } from './time-words.js';

export type * from './time-reading.js';

/**
 * Finds the time expressions of a text — اليوم, مساء أمس, الخميس المقبل, قبل عامين, 21 تموز/يوليو 2015,
 * 15 رمضان 1436 هـ… — as spans of the original text with what each says (docs/DATES.md lists the grammar).
 * The word lists say what words mean (data/lexicon/*.txt); this file says how they combine. A token costs
 * a Map lookup (and, for a word that may carry a clitic, a short walk of a suffix trie); the grammar runs only
 * where a time word or a number starts.
 */
export function extractTimeExpressions(tokens: readonly Token[], text: string, words: TimeWords = defaultTimeWords()): TimeMention[] {
  return new Grammar(tokens, text, words).all();
}

/**
 * A construction recognised up to token `end` (exclusive); the mention starts at token `from` when it is not
 * where parsing began. A null reading is a construction that looks like a date and is not one («ثورة 25 يناير»):
 * its tokens are skipped whole, so no part of it is read as a date either.
 */
interface Parsed {
  end: number;
  reading: TimeReading | null;
  from?: number;
}

/** What an enclosing construction already found, for the explicit date it continues into. */
interface DateContext {
  weekday: Weekday | null;
  part: DayPart | null;
  phase: Phase | null;
}

type Calendar = 'gregorian' | 'hijri';

const NO_CONTEXT: DateContext = { weekday: null, part: null, phase: null };
const DASHES = new Set(['-', '–', '—', 'ـ']);
const COMMAS = new Set([',', '،']);
const SEPARATORS = new Set(['/', '-', '.']);
const QUOTES = new Set(['"', '“', '”', '«', '»', "'", '‘', '’']);
const OPEN = new Set(['(']);
const CLOSE = new Set([')']);
const SLASH = new Set(['/']);
/** Dates written in digits: 21/7/2015, 21-07-2015, 21.7.2015, 2015-07-21, 2015/7/21. */
const NUMERIC_DATE = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/;
const DAYS = [1, 31] as const;
const COUNTS = [1, 1000] as const;
const GREGORIAN_YEARS = [1000, 2200] as const;
const HIJRI_YEARS = [1000, 1600] as const;
/** A year in this range with no era is Hijri (15/9/1436, عام 1435): no Gregorian news date is. */
const HIJRI_IN_DIGITS = [1300, 1500] as const;
/** A year standing alone after في/منذ/حتى is read as one only within these bounds (في 2014, not في 300). */
const BARE_YEARS = [1900, 2100] as const;

class Grammar extends TimeTokens {
  constructor(
    tokens: readonly Token[],
    private readonly text: string,
    words: TimeWords,
  ) {
    super(tokens, words);
  }

  all(): TimeMention[] {
    const mentions: TimeMention[] = [];
    let i = 0;
    while (i < this.tokens.length) {
      const parsed = this.isCandidate(i) ? this.parseAt(i) : null;
      if (!parsed) {
        i++;
        continue;
      }
      if (parsed.reading) {
        mentions.push(this.mention(parsed.from ?? i, parsed.reading, parsed.end));
        // «عامي 2013 و2014»: a second year joined by و.
        const second = this.joinedYear(parsed.end, parsed.reading);
        if (second?.reading) {
          mentions.push(this.mention(second.from ?? parsed.end, second.reading, second.end));
          i = second.end;
          continue;
        }
      }
      i = parsed.end;
    }
    return mentions;
  }

  private isCandidate(i: number): boolean {
    const token = this.tokens[i] as Token;
    if (token.kind === 'number') return true;
    return token.kind === 'word' && (this.words.starts(token.norm) || this.words.cliticForms(token.norm).length > 0);
  }

  private parseAt(i: number): Parsed | null {
    this.start = i;
    let best: Parsed | null = null;
    for (const rule of RULES) {
      const parsed = rule.call(this, i);
      if (parsed && (!best || parsed.end > best.end)) best = parsed;
    }
    return best;
  }

  private mention(i: number, reading: TimeReading, end: number): TimeMention {
    const first = this.tokens[i] as Token;
    const last = this.tokens[end - 1] as Token;
    const start = this.stemStart(i);
    return { start, end: last.end, surface: this.text.slice(start, last.end), sentence: first.sentence, reading };
  }

  /** Where the expression starts inside its first token: after a conjunction or preposition (والخميس → الخميس). */
  private stemStart(i: number): number {
    const token = this.tokens[i] as Token;
    if (token.kind !== 'word' || this.sensesAt(i, false).length > 0) return token.start;
    const morph = segment(token, this.words).morphs.find((m) => m.role !== 'conj' && m.role !== 'prep' && m.role !== 'future');
    return morph?.start ?? token.start;
  }

  // ---------------------------------------------------------------- اليوم، مساء أمس، يوم الخميس الماضي، فجر الجمعة، صباح 21 يوليو

  dayExpression(i: number): Parsed | null {
    let k = i;
    const part = this.s(k, 'part');
    if (part) k += part.length;
    const dayWord = this.s(k, 'day-word');
    if (dayWord) k += dayWord.length;
    const prefixed = k > i;
    const partValue = part?.sense.value ?? null;
    return (
      this.relativeDay(k, partValue, prefixed) ??
      this.weekday(k, partValue, prefixed) ??
      (prefixed ? this.explicitDate(k, { ...NO_CONTEXT, part: partValue }) : null)
    );
  }

  private relativeDay(k: number, part: DayPart | null, prefixed: boolean): Parsed | null {
    const day = this.s(k, 'day');
    const night = day ? undefined : this.s(k, 'night');
    const tomorrow = day || night || !prefixed ? undefined : this.s(k, 'tomorrow');
    const found = day ?? night ?? tomorrow;
    if (!found) return null;
    let offset = tomorrow ? 1 : (day ?? night)!.sense.value;
    let end = k + found.length;
    // «اليوم التالي», «ذلك اليوم», «المصري اليوم» are another day or a name, not today.
    if (day?.sense.value === 0 || night) {
      if (this.s(end, 'not-today')) return null;
      if (!prefixed && (this.before('other-day') || this.before('media'))) return null;
      // «في حديث لـ"اليوم"»: a quoted name (the newspaper اليوم), not the day.
      if (!prefixed && this.punct(k - 1, QUOTES) && this.punct(end, QUOTES)) return null;
    }
    if (night) {
      // «الليلة الماضية»: last night.
      const direction = this.s(end, 'direction');
      if (direction?.sense.value === -1) {
        offset -= 1;
        end += direction.length;
      }
    }
    const apposed = this.apposedWeekday(end);
    // «اليوم السبت 9 / 10 / 1436 هـ», «اليوم 15 من شهر يونيو»: a written date says more than the word for the day.
    const dated = this.dateAfterWeekday(apposed?.end ?? end, apposed?.weekday ?? null, part);
    if (dated) return dated;
    return {
      end: apposed?.end ?? end,
      reading: { kind: 'relative-day', offset, part: night ? 'night' : part, weekday: apposed?.weekday ?? null },
    };
  }

  /** A weekday in apposition: «أمس الاثنين», «اليوم (الخميس)», «غدا - الجمعة -», «أمس، الأحد». */
  private apposedWeekday(k: number): { end: number; weekday: Weekday } | null {
    let j = k;
    if (this.punct(j, COMMAS)) j++;
    const open = this.punct(j, OPEN) ? '(' : this.punct(j, DASHES) ? '-' : null;
    if (open) j++;
    const weekday = this.s(j, 'weekday');
    if (!weekday) return null;
    j += weekday.length;
    if (open === '(') {
      if (!this.punct(j, CLOSE)) return null;
      j++;
    } else if (open === '-' && this.punct(j, DASHES)) j++;
    return { end: j, weekday: weekday.sense.value };
  }

  private weekday(k: number, part: DayPart | null, prefixed: boolean): Parsed | null {
    const weekday = this.s(k, 'weekday');
    if (!weekday) return null;
    // «المرشحين الاثنين», «الاثنين الآخرين»: a weekday name that is also a numeral, agreeing with a noun.
    if (!prefixed && this.s(k, 'ambiguous') && (this.followsDualNoun() || this.s(k + weekday.length, 'numeral-after'))) return null;
    // «ما كتبه عبدالله الجمعة»: after a lone first name, a bare weekday name is a family name («عبدربه منصور
    // هادي الاثنين» ends a full name; «السبت الماضي» is a day whatever comes before).
    if (!prefixed && this.isGivenName(k - 1) && !this.isGivenName(k - 2) && !this.s(k + weekday.length, 'direction')) return null;
    let end = k + weekday.length;
    // «ليل الأحد - الاثنين», «ليل السبت/الأحد»: the night that begins on the first day named.
    if (part === 'night' && (this.punct(end, DASHES) || this.punct(end, SLASH)) && this.s(end + 1, 'weekday')) end += 2;
    else if (part === 'night' && this.s(end, 'weekday')) end += 1;

    const dated = this.dateAfterWeekday(end, weekday.sense.value, part);
    if (dated) return dated;

    const direction = this.s(end, 'direction');
    const occurrence = direction && direction.sense.value !== 0 ? direction.sense.value : null;
    if (occurrence !== null) end += direction!.length;
    const future = occurrence === null && this.futureBefore(this.start);
    return { end, reading: { kind: 'weekday', weekday: weekday.sense.value, occurrence, part, future } };
  }

  /** The date that follows a weekday: «الثلاثاء 21 يوليو», «الاثنين، 10 مارس», «الاثنين الموافق 10 أغسطس». */
  private dateAfterWeekday(k: number, weekday: Weekday | null, part: DayPart | null): Parsed | null {
    let j = k;
    if (this.punct(j, COMMAS)) j++;
    const sameAs = this.s(j, 'same-as');
    if (sameAs) j += sameAs.length;
    return this.explicitDate(j, { weekday, part, phase: null });
  }

  private isGivenName(k: number): boolean {
    const token = this.tokens[k];
    return token?.kind === 'word' && this.words.givenNames.has(token.norm);
  }

  private followsDualNoun(): boolean {
    const previous = this.tokens[this.start - 1];
    return previous !== undefined && previous.kind === 'word' && previous.norm.startsWith('ال') && /(ين|ان)$/.test(previous.norm) && !this.before('weekday');
  }

  // ---------------------------------------------------------------- الأسبوع الماضي، هذا العام، مطلع الشهر الجاري، أواخر 2014، منتصف يوليو

  periodOrPhase(i: number): Parsed | null {
    let k = i;
    const phase = this.s(k, 'phase');
    if (phase) k += phase.length;
    const phaseValue = phase?.sense.value ?? null;
    const period = this.relativePeriod(k, phaseValue, null);
    if (period || !phase) return period;
    return this.explicitDate(k, { ...NO_CONTEXT, phase: phaseValue });
  }

  /** [هذا] الأسبوع|الشهر|العام [الماضي|الجاري|المقبل|قبل الماضي]; a bare «العام» is no date («بشكل عام», «الأمين العام»). */
  private relativePeriod(k: number, phase: Phase | null, day: number | null): Parsed | null {
    const start = k;
    const thisWord = this.s(k, 'this');
    if (thisWord) k += thisWord.length;
    const period = this.s(k, 'period');
    if (!period) return null;
    k += period.length;
    const direction = thisWord ? undefined : this.s(k, 'direction');
    if (direction) k += direction.length;
    if (!thisWord && !direction && phase === null && day === null) return null;
    const unit = period.sense.value;
    if (unit === 'year' && start === this.start && this.before('general-noun')) return null;
    // A week has no named parts worth a narrower range (its first day varies by country); seasons belong to
    // years, days to months.
    if (phase !== null && unit === 'week') phase = null;
    if (day !== null && unit !== 'month') return null;
    if (isSeason(phase) && unit !== 'year') return null;
    return { end: k, reading: { kind: 'relative-period', unit, offset: direction?.sense.value ?? 0, phase, day } };
  }

  // ---------------------------------------------------------------- 21 يوليو 2015، الثلاثاء 21 تموز/يوليو، 2015-07-21، عام 2011، 15 رمضان 1436 هـ، شهر رمضان

  explicitDate(k: number, context: DateContext = NO_CONTEXT): Parsed | null {
    return this.numericDate(k, context) ?? this.namedDate(k, context) ?? this.holiday(k, context) ?? this.yearOnly(k, context);
  }

  /** «عيد الفطر», «ثاني أيام عيد الأضحى المبارك», «ليلة القدر», «عيد الفطر المقبل»: a holiday on its Hijri day. */
  private holiday(k: number, context: DateContext): Parsed | null {
    const nth = this.s(k, 'holiday-day');
    if (nth) k += nth.length;
    const holiday = this.s(k, 'holiday');
    if (!holiday) return null;
    k += holiday.length;
    const honorific = this.s(k, 'honorific');
    if (honorific) k += honorific.length;
    const direction = this.direction(k);
    if (direction) k += direction.length;
    const future = direction === null && this.futureBefore(this.start);
    const day = holiday.sense.day + (nth ? nth.sense.value - 1 : 0);
    return {
      end: k,
      reading: { kind: 'date', calendar: 'hijri', year: null, yearOffset: null, month: holiday.sense.month, day, direction: direction?.value ?? null, phase: null, weekday: context.weekday, part: context.part, future },
    };
  }

  /** الماضي / الجاري / المقبل after a date without a year. */
  private direction(k: number): { value: Direction; length: number } | null {
    const word = this.s(k, 'direction');
    if (!word || Math.abs(word.sense.value) > 1) return null;
    const value = word.sense.value < 0 ? 'past' : word.sense.value > 0 ? 'next' : 'current';
    return { value, length: word.length };
  }

  private numericDate(k: number, context: DateContext): Parsed | null {
    const written = this.numericDateText(k);
    const parts = written && NUMERIC_DATE.exec(written.text);
    if (!written || !parts) return null;
    const next = written.end;
    const [a, b, c] = [Number(parts[1]), Number(parts[3]), Number(parts[4])];
    const yearFirst = (parts[1] as string).length === 4;
    const year = yearFirst ? a : c;
    // Day first, as Arabic writes it; read month/day/year only when the day-first reading cannot be a date.
    let [month, day] = yearFirst ? [b, c] : [b, a];
    if (!yearFirst && month > 12 && day <= 12) [month, day] = [day, month];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const era = this.s(next, 'era');
    const calendar = era?.sense.value === 'hijri' || (!era && inRange(year, HIJRI_IN_DIGITS)) ? 'hijri' : 'gregorian';
    if (!inRange(year, calendar === 'hijri' ? HIJRI_YEARS : GREGORIAN_YEARS)) return null;
    return {
      end: next + (era?.length ?? 0),
      reading: { kind: 'date', calendar, year, yearOffset: null, month, day, direction: null, phase: context.phase, weekday: context.weekday, part: context.part, future: false },
    };
  }

  /** A date in digits as one token (21/7/2015) or spread over five (9 / 10 / 1436), and the token after it. */
  private numericDateText(k: number): { text: string; end: number } | null {
    const token = this.token(k);
    if (token?.kind !== 'number') return null;
    const separator = this.token(k + 1);
    if (separator && this.punct(k + 1, SEPARATORS) && this.is(k + 3, separator.norm)) {
      const [month, year] = [this.token(k + 2), this.token(k + 4)];
      if (month?.kind === 'number' && year?.kind === 'number') {
        return { text: [token.norm, month.norm, year.norm].join(separator.norm), end: k + 5 };
      }
    }
    return { text: token.norm, end: k + 1 };
  }

  private namedDate(k: number, context: DateContext): Parsed | null {
    const start = k;
    let day: number | null = null;
    // «الـ4 من شهر ذي الحجة»: the article written apart before a day number.
    if (this.is(k, 'ال') && this.token(k + 1)?.kind === 'number') k += 1;
    const ordinal = this.s(k, 'ordinal');
    const firstDay = ordinal ? undefined : this.s(k, 'first-day');
    const number = this.digits(k, DAYS, 1, 2);
    if (number !== null) {
      day = number;
      k += 1;
    } else if (ordinal ?? firstDay) {
      day = ordinal ? ordinal.sense.value : 1;
      k += (ordinal ?? firstDay)!.length;
    }
    if (day !== null && this.s(k, 'of')) {
      // «الخامس من الشهر الجاري», «21 من الشهر الماضي».
      const relative = this.relativePeriod(k + 1, null, day);
      if (relative) return relative;
      k += 1;
    }
    const monthWord = this.s(k, 'month-word');
    if (monthWord) k += monthWord.length;
    const monthAt = k;
    const month = this.s(k, 'month');
    if (!month) return null;
    k += month.length;
    const calendar = month.sense.calendar;

    // «تموز/يوليو», «مارس (آذار)», «مارس آذار»: two names of the same month.
    const twin = this.twinMonth(k, month.sense);
    k = twin ?? k;
    const honorific = calendar === 'hijri' ? this.s(k, 'honorific') : undefined;
    if (honorific) k += honorific.length;

    let year: number | null = null;
    let yearOffset: number | null = null;
    // «21 يوليو 2015», and with the year word «27 يوليو سنة 2013», «26 فبراير عام 2016».
    const yearWord = this.s(k, 'year-word');
    const written = this.yearAt(yearWord ? k + yearWord.length : k, calendar, false);
    if (written && written.calendar === calendar) {
      year = written.year;
      k = written.end;
    } else if (this.s(k, 'of')) {
      // «يوليو من العام الماضي», «مارس من هذا العام», «أغسطس من عام 2014».
      const relative = this.relativePeriod(k + 1, null, null);
      const absolute = relative ? null : this.yearOnly(k + 1, NO_CONTEXT);
      if (relative?.reading?.kind === 'relative-period' && relative.reading.unit === 'year') {
        yearOffset = relative.reading.offset;
        k = relative.end;
      } else if (absolute?.reading?.kind === 'date' && absolute.reading.calendar === calendar) {
        year = absolute.reading.year;
        k = absolute.end;
      }
    }

    const said = year === null && yearOffset === null ? this.direction(k) : null;
    const direction = said?.value ?? null;
    if (said) k += said.length;

    const dated = year !== null || yearOffset !== null;
    const supported = day !== null || dated || monthWord || direction || twin !== null || honorific || context.phase || context.weekday !== null;
    // «مارس» alone may be a verb, «رجب» a name: such words are months only with something that makes them a date.
    if (!supported && month.length === 1 && this.s(monthAt, 'ambiguous', monthAt === this.start)) return null;
    // «ثورة 25 يناير», «قوى 14 آذار», «حرب أكتوبر»: a name, not a date of this year.
    if (!dated && start === this.start && this.before('name-head')) return { end: k, reading: null };
    const future = !dated && direction === null && this.futureBefore(this.start);
    return {
      end: k,
      reading: { kind: 'date', calendar, year, yearOffset, month: month.sense.value, day, direction, phase: context.phase, weekday: context.weekday, part: context.part, future },
    };
  }

  /** The end of a second name of the same month after `k`, or null. */
  private twinMonth(k: number, first: Extract<Sense, { cls: 'month' }>): number | null {
    const open = this.punct(k, OPEN);
    const separated = open || this.punct(k, SLASH) || this.punct(k, DASHES);
    let j = separated ? k + 1 : k;
    const second = this.s(j, 'month');
    if (!second || second.sense.calendar !== first.calendar || second.sense.value !== first.value) return null;
    // «صفر/صفر» is a score, not a month named twice: the two names must differ.
    if (this.tokens[j]?.norm === this.tokens[k - 1]?.norm) return null;
    j += second.length;
    if (open) {
      if (!this.punct(j, CLOSE)) return null;
      j++;
    }
    return j;
  }

  /**
   * A year written in digits at token k and the era after it, if any (1436 هـ, 2014م). Without an era the year
   * is in `calendar`; `bare` narrows it to the years a lone number is taken for.
   */
  private yearAt(k: number, calendar: Calendar, bare: boolean): { year: number; calendar: Calendar; era: boolean; end: number } | null {
    const year = this.digits(k, [0, 9999], 3);
    if (year === null) return null;
    const era = this.s(k + 1, 'era');
    // «عام 1435» in news is a Hijri year: no Gregorian year of that range is news.
    const inCalendar = era?.sense.value ?? (!bare && inRange(year, HIJRI_IN_DIGITS) ? 'hijri' : calendar);
    const range = inCalendar === 'hijri' ? HIJRI_YEARS : bare && !era ? BARE_YEARS : GREGORIAN_YEARS;
    if (!inRange(year, range)) return null;
    return { year, calendar: inCalendar, era: era !== undefined, end: k + 1 + (era?.length ?? 0) };
  }

  /** «عام 2011», «العام ٢٠١٤», «سنة 1436 هـ», «2014م», and after a phase «أواخر 2014». */
  private yearOnly(k: number, context: DateContext): Parsed | null {
    const yearWord = this.s(k, 'year-word');
    const year = this.yearAt(yearWord ? k + yearWord.length : k, 'gregorian', !yearWord);
    if (!year || (!yearWord && !year.era && context.phase === null)) return null;
    return { end: year.end, reading: yearReading(year.year, year.calendar, context.phase) };
  }

  /** «في 2014», «منذ 2011», «حتى 2020»: a year after a preposition (the mention is the year alone). */
  bareYear(i: number): Parsed | null {
    const year = this.s(i, 'year-prep') ? this.yearAt(i + 1, 'gregorian', true) : null;
    return year && { end: year.end, from: i + 1, reading: yearReading(year.year, year.calendar, null) };
  }

  /** The year after «و» that continues a year-only date: «عامي 2013 و2014». */
  private joinedYear(k: number, previous: TimeReading): Parsed | null {
    if (previous.kind !== 'date' || previous.month !== null || previous.year === null || !this.is(k, 'و')) return null;
    this.start = k + 1;
    const year = this.yearAt(k + 1, previous.calendar, false);
    if (!year || year.calendar !== previous.calendar) return null;
    return { end: year.end, from: k + 1, reading: yearReading(year.year, year.calendar, null) };
  }

  /**
   * The first day of a range, which takes its month and year from the date that closes it: «يومي 17 و18 رمضان
   * الماضي», «من 4 إلى 15 أغسطس», «من 23/10 إلى 5/11/1436هـ». The closing date is read on its own afterwards.
   */
  rangeStart(i: number): Parsed | null {
    const token = this.token(i);
    if (token?.kind !== 'number') return null;
    const dayMonth = /^(\d{1,2})[/.-](\d{1,2})$/.exec(token.norm);
    const day = dayMonth ? Number(dayMonth[1]) : this.digits(i, DAYS, 1, 2);
    const month = dayMonth ? Number(dayMonth[2]) : null;
    if (day === null || (month !== null && (month < 1 || month > 12))) return null;
    const joiner = this.s(i + 1, 'range-joiner') ?? (this.punct(i + 1, DASHES) ? { length: 1 } : undefined);
    if (!joiner) return null;
    const closing = this.explicitDate(i + 1 + joiner.length)?.reading;
    if (closing?.kind !== 'date' || closing.day === null || closing.month === null || (month !== null && closing.year === null)) return null;
    // A day-and-month start only pairs with a closing day and month in digits of the same calendar.
    if (month !== null && !this.numericDateText(i + 1 + joiner.length)?.text.match(NUMERIC_DATE)) return null;
    return { end: i + 1, reading: { ...closing, day, month: month ?? closing.month, weekday: null, part: null } };
  }

  // ---------------------------------------------------------------- قبل يومين، منذ ثلاثة أيام، قبل نحو 10 سنوات، بعد أسبوع

  offset(i: number): Parsed | null {
    const ago = this.s(i, 'ago');
    const after = ago ? undefined : this.s(i, 'after');
    if (!ago && !after) return null;
    let k = i + (ago ?? after)!.length;
    for (let about = this.s(k, 'about'); about; about = this.s(k, 'about')) k += about.length;
    let count = this.digits(k, COUNTS);
    const word = count === null ? this.s(k, 'number') : undefined;
    if (count !== null) k += 1;
    else if (word) {
      count = word.sense.value;
      k += word.length;
    }
    const unit = this.s(k, 'unit');
    if (!unit) return null;
    k += unit.length;
    if (count === null) {
      if (unit.sense.count === null) return null;
      count = unit.sense.count;
    } else if (unit.sense.count === 2) return null;
    if (this.s(k, 'number')?.sense.value === 1) k += 1;
    const end = k;
    if (this.s(k, 'only')) k += 1;
    // «بعد عامين من الآن» counts from publication; «قبل يومين من الانتخابات», «بعد شهر فقط على …» from another event.
    const fromNow = this.s(k, 'from-event') && this.s(k + 1, 'now') ? k + 2 : null;
    if (fromNow === null && this.s(k, 'from-event')) return null;
    // «منذ عام 2011», «قبل شهر رمضان» are dates.
    if (this.token(end)?.kind === 'number' || this.s(end, 'month')) return null;
    // After a span, news mostly narrates («وبعد عشرة أشهر أصبح», «يوما بعد يوم»): it counts from publication
    // only when the sentence speaks of the future («ستتولى الشركات … بعد 15 يوما»).
    if (after && fromNow === null && (this.before('unit') || !this.futureNear(i, end))) return null;
    return { end: fromNow ?? end, reading: { kind: 'offset', unit: unit.sense.value, count, sign: ago ? -1 : 1 } };
  }

}

function yearReading(year: number, calendar: Calendar, phase: Phase | null): TimeReading {
  return { kind: 'date', calendar, year, yearOffset: null, month: null, day: null, direction: null, phase, weekday: null, part: null, future: false };
}


function isSeason(phase: Phase | null): boolean {
  return phase === 'spring' || phase === 'summer' || phase === 'autumn' || phase === 'winter';
}

/** The constructions an expression may start with; at each token the longest wins. */
const RULES: readonly ((this: Grammar, i: number) => Parsed | null)[] = [
  Grammar.prototype.dayExpression,
  Grammar.prototype.periodOrPhase,
  Grammar.prototype.explicitDate,
  Grammar.prototype.offset,
  Grammar.prototype.bareYear,
  Grammar.prototype.rangeStart,
];
