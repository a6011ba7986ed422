import { t } from '../platform/browser';
import { SALES_PROHIBITED_FROM, ULTRAAV_MOVE, UPDATES_END, formatFactDate } from '../facts';

interface Question {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
}

/** The questions people ask; `openId` opens one (e.g. "why did it warn" when coming from a notice). */
export function Faq({ locale, openId }: { locale: string; openId: string | null }) {
  const date = (iso: string) => formatFactDate(iso, locale);
  const questions: Question[] = [
    { id: 'own', question: t('detailsFaqOwnQ'), answer: t('detailsFaqOwnA', [date(SALES_PROHIBITED_FROM), date(UPDATES_END)]) },
    { id: 'why', question: t('detailsFaqWhyQ'), answer: t('detailsFaqWhyA') },
    { id: 'ultraav', question: t('detailsFaqUltraQ'), answer: t('detailsFaqUltraA', [date(ULTRAAV_MOVE)]) },
    { id: 'data', question: t('detailsFaqDataQ'), answer: t('detailsFaqDataA') },
    { id: 'why-warned', question: t('detailsFaqWhyWarnQ'), answer: t('detailsFaqWhyWarnA') },
  ];
  return (
    <div class="faq">
      {questions.map((q) => (
        <details key={q.id} id={`faq-${q.id}`} data-faq={q.id} open={q.id === openId}>
          <summary>{q.question}</summary>
          <p>{q.answer}</p>
        </details>
      ))}
    </div>
  );
}
