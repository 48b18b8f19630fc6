import { countriesByName } from '../../platform/i18n/countries.js';
import type { PageContext } from '../../platform/layout/page-context.js';
import { memberStates, type Instrument, type MemberState } from './instrument.js';

/** English names as the reference's notes write them ("Denmark and Ireland take part only in part"). */
const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });
const englishName = (code: MemberState) => englishNames.of(code === 'EL' ? 'GR' : code) ?? code;

/** Whether the instrument's participation note names this Member State (by English name or code). */
function isNamedInNote(note: string | undefined, code: MemberState): boolean {
  if (!note) return false;
  return new RegExp(`\\b(${englishName(code)}|${code})\\b`).test(note);
}

/**
 * Which of the 27 Member States take part: a table (a map would need a library that draws one
 * accessibly and offline; the table says the same to every reader and screen reader).
 */
export function ParticipationSection({ ctx, instrument }: { ctx: PageContext; instrument: Instrument }) {
  const { t } = ctx;
  const notBound = new Set<string>(instrument.notBound);
  const states = countriesByName(ctx.countryName, ctx.locale, memberStates) as MemberState[];
  const boundCount = memberStates.length - notBound.size;
  return (
    <section aria-labelledby="member-states">
      <h2 id="member-states">{t('legal.states.title')}</h2>
      <p>{t('legal.states.summary', { bound: boundCount, total: memberStates.length })}</p>
      {instrument.participationNote ? (
        <p>
          <strong>{t('legal.states.note')}</strong> <span lang="en">{instrument.participationNote}</span>
        </p>
      ) : null}
      {instrument.alternativeWhenNotBound ? (
        <p>
          <strong>{t('legal.states.alternative')}</strong>{' '}
          <span lang="en">{instrument.alternativeWhenNotBound}</span>
        </p>
      ) : null}
      <div class="table-scroll">
        <table class="table participation-table">
          <caption>{t('legal.states.caption', { instrument: instrument.acronym })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('legal.states.column.state')}</th>
              <th scope="col">{t('legal.states.column.status')}</th>
              <th scope="col">{t('legal.states.column.note')}</th>
            </tr>
          </thead>
          <tbody>
            {states.map((code) => {
              const isBound = !notBound.has(code);
              const isNoted = isNamedInNote(instrument.participationNote, code);
              return (
                <tr key={code} data-state={code} data-bound={String(isBound)}>
                  <th scope="row">{ctx.countryName(code)}</th>
                  <td data-label={t('legal.states.column.status')}>
                    {t(isBound ? 'legal.states.bound' : 'legal.states.notBound')}
                  </td>
                  <td data-label={t('legal.states.column.note')}>
                    {isNoted
                      ? t('legal.states.seeNote')
                      : isBound
                        ? '—'
                        : t(
                            instrument.alternativeWhenNotBound
                              ? 'legal.states.useAlternative'
                              : 'legal.states.optOut',
                          )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
