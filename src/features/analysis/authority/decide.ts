import { activeOn } from '../shared/as-of';
import { handOverViolations } from '../legality';
import type {
  AuthorityCheckModel,
  AuthorityCode,
  AuthorityFacts,
  EvidenceStepModel,
  HandOverFact,
} from './authority.model';
import {
  actingEn,
  actingZh,
  handOverStep,
  jurisdictionStep,
  legalityStep,
  listRowSteps,
  organizationStep,
} from './evidence';

const refuse = (code: AuthorityCode, zh: string, en: string, evidence: EvidenceStepModel[]): AuthorityCheckModel => ({
  allowed: false,
  code,
  reasonZh: zh,
  reasonEn: en,
  actsInNameOfId: null,
  respondentId: null,
  evidence,
});

/**
 * checkAuthority (issue 5), a pure function of the facts. The organization must be active on the
 * date and, when a division is given, that division must be its own or lie below it; then it may
 * act on its own list (ALLOWED_OWN_LIST) or by an active, lawful hand-over (ALLOWED_HANDOVER: in the
 * delegator's name for an entrustment, 行政复议法 2023 §19). Otherwise the first refusal that
 * applies, in the order ORG_INACTIVE, OUTSIDE_JURISDICTION, HANDOVER_ILLEGAL,
 * HANDOVER_NOT_YET_VALID, HANDOVER_RECALLED, HANDOVER_EXPIRED, NO_SUCH_POWER.
 */
export function decideAuthority(facts: AuthorityFacts, on: string, divisionCode: string | null): AuthorityCheckModel {
  const org = facts.organization;
  const evidence: EvidenceStepModel[] = [];
  const orgActive = activeOn(org, on);
  evidence.push(organizationStep(facts, on, orgActive));
  if (!orgActive) {
    return refuse(
      'ORG_INACTIVE',
      `${org.name}在${on}不是有效机构（存续期间${org.validFrom ?? '不限'}至${org.validTo ?? '今'}），不能实施任何职权。`,
      `${org.name} is not an active organization on ${on}; it cannot act.`,
      evidence,
    );
  }
  if (divisionCode !== null) {
    evidence.push(jurisdictionStep(facts, divisionCode));
    if (facts.division === null || !facts.withinJurisdiction) {
      const place = facts.division?.name ?? divisionCode;
      return refuse(
        'OUTSIDE_JURISDICTION',
        `${place}不在${org.name}的管辖区域${org.divisionName ? `（${org.divisionName}）` : ''}内，超出地域管辖范围。`,
        `${place} is outside the area of ${org.name}.`,
        evidence,
      );
    }
  }
  const power = facts.power;
  if (power === null) {
    return refuse('NO_SUCH_POWER', '没有这项职权（标识不存在）。', 'There is no such power.', [
      ...evidence,
      { kind: 'POWER', node: null, detail: '职权标识不存在。', detailEn: 'No power has this id.' },
    ]);
  }
  const powerName = power.subName ? `${power.name}（${power.subName}）` : power.name;

  const exercised = facts.ownRows.find((r) => activeOn({ validFrom: r.linkFrom, validTo: r.linkTo }, on));
  if (exercised) {
    return {
      allowed: true,
      code: 'ALLOWED_OWN_LIST',
      reasonZh: `${org.name}的权责清单在${on}列有「${powerName}」，由其以本机关名义实施，并作为行政复议被申请人。`,
      reasonEn: `The list of ${org.name} includes "${powerName}" on ${on}: it acts in its own name and is the respondent.`,
      actsInNameOfId: org.id,
      respondentId: org.id,
      evidence: [
        ...evidence,
        ...listRowSteps(exercised, on, true),
        respondentStep(
          org.id,
          `${org.name}以本机关名义实施，是行政复议被申请人。`,
          `${org.name} acts in its own name and answers for it.`,
        ),
      ],
    };
  }
  for (const row of facts.ownRows) evidence.push(...listRowSteps(row, on, false));

  const judged = facts.handOvers.map((h) => ({
    h,
    violations: handOverViolations({
      mode: h.mode,
      category: power.category,
      rawCategory: power.rawCategory,
      receiverOrgType: org.orgType,
    }),
    inDates: activeOn(h, on),
    sourceActive: activeOn(h.from, on),
  }));
  const granted = judged.find((j) => j.violations.length === 0 && j.inDates && j.sourceActive);
  if (granted) return allowHandOver(facts, granted.h, on, powerName, evidence);

  const lawful = judged.filter((j) => j.violations.length === 0);
  const steps = judged.flatMap((j) => [
    handOverStep(j.h, outcomeZh(j, on), outcomeEn(j, on)),
    legalityStep(j.h, j.violations),
  ]);
  const all = [...evidence, ...steps];
  if (judged.length > 0 && lawful.length === 0) {
    const reasons = [...new Set(judged.flatMap((j) => j.violations.map((v) => v.reasonZh)))];
    const reasonsEn = [...new Set(judged.flatMap((j) => j.violations.map((v) => v.reasonEn)))];
    return refuse(
      'HANDOVER_ILLEGAL',
      `${org.name}仅凭不合法的下放持有「${powerName}」：${reasons.join('；')}。`,
      `${org.name} holds "${powerName}" only by an unlawful hand-over: ${reasonsEn.join('; ')}.`,
      all,
    );
  }
  const notYet = lawful.find((j) => j.h.validFrom !== null && j.h.validFrom > on);
  if (notYet) {
    return refuse(
      'HANDOVER_NOT_YET_VALID',
      `${notYet.h.from.name}向${org.name}下放「${powerName}」自${notYet.h.validFrom ?? ''}起生效，${on}尚未生效。`,
      `The hand-over of "${powerName}" to ${org.name} takes effect on ${notYet.h.validFrom ?? ''}, after ${on}.`,
      all,
    );
  }
  const ended = lawful.filter((j) => j.h.validTo !== null && j.h.validTo < on);
  const recalled = ended.find((j) => j.h.status === 'RECALLED');
  if (recalled) {
    return refuse(
      'HANDOVER_RECALLED',
      `${recalled.h.from.name}向${org.name}下放的「${powerName}」已收回，${recalled.h.validTo ?? ''}后失效。`,
      `The hand-over of "${powerName}" to ${org.name} was recalled; it ended on ${recalled.h.validTo ?? ''}.`,
      all,
    );
  }
  const expired = ended[0] ?? lawful.find((j) => j.inDates && !j.sourceActive);
  if (expired) {
    const sourceGone = expired.inDates && !expired.sourceActive;
    return refuse(
      'HANDOVER_EXPIRED',
      sourceGone
        ? `${expired.h.from.name}在${on}已不是有效机构，其向${org.name}下放的「${powerName}」随之失效。`
        : `${expired.h.from.name}向${org.name}下放的「${powerName}」已于${expired.h.validTo ?? ''}到期失效。`,
      sourceGone
        ? `${expired.h.from.name} is no longer active on ${on}, so its hand-over of "${powerName}" has lapsed.`
        : `The hand-over of "${powerName}" to ${org.name} expired on ${expired.h.validTo ?? ''}.`,
      all,
    );
  }
  return refuse(
    'NO_SUCH_POWER',
    `${org.name}在${on}的权责清单中没有「${powerName}」，也没有承接该职权的有效下放。`,
    `${org.name} neither lists "${powerName}" on ${on} nor holds it by an active hand-over.`,
    [
      ...all,
      {
        kind: 'POWER',
        node: { type: 'Power', id: power.id },
        detail: `已核查「${powerName}」的全部清单行版本与下放事项。`,
        detailEn: `Checked every version of the row "${powerName}" and every hand-over of it.`,
      },
    ],
  );
}

interface Judged {
  h: HandOverFact;
  inDates: boolean;
  sourceActive: boolean;
}

function outcomeZh(j: Judged, on: string): string {
  if (!j.inDates) return `${on}不在有效期内`;
  return j.sourceActive ? `${on}有效` : `${on}原实施部门已不是有效机构`;
}

function outcomeEn(j: Judged, on: string): string {
  if (!j.inDates) return `not in force on ${on}`;
  return j.sourceActive ? `in force on ${on}` : `its source is not active on ${on}`;
}

function respondentStep(id: string, zh: string, en: string): EvidenceStepModel {
  return { kind: 'RESPONDENT', node: { type: 'Organization', id }, detail: zh, detailEn: en };
}

function allowHandOver(
  facts: AuthorityFacts,
  h: HandOverFact,
  on: string,
  powerName: string,
  evidence: EvidenceStepModel[],
): AuthorityCheckModel {
  const org = facts.organization;
  const inDelegatorsName = h.actsInNameOf === 'DELEGATOR';
  const actor = inDelegatorsName ? h.from : org;
  const basis = h.decisionDocNo ? `（${h.decisionDocNo}）` : '';
  return {
    allowed: true,
    code: 'ALLOWED_HANDOVER',
    reasonZh: inDelegatorsName
      ? `${org.name}依${h.from.name}的委托${basis}实施「${powerName}」，应以${h.from.name}的名义实施，由${h.from.name}作为行政复议被申请人（《行政复议法》第十九条）。`
      : `${org.name}依${h.from.name}的下放${basis}实施「${powerName}」，${actingZh(h)}实施并作为行政复议被申请人。`,
    reasonEn: inDelegatorsName
      ? `${org.name} acts on "${powerName}" as entrusted by ${h.from.name}: in the name of ${h.from.name}, which is the respondent (Administrative Reconsideration Law 2023 art. 19).`
      : `${org.name} holds "${powerName}" by a hand-over from ${h.from.name} and acts ${actingEn(h)}; it is the respondent.`,
    actsInNameOfId: actor.id,
    respondentId: actor.id,
    evidence: [
      ...evidence,
      handOverStep(h, `${on}有效`, `in force on ${on}`),
      legalityStep(h, []),
      respondentStep(
        actor.id,
        `以${actor.name}名义实施，由${actor.name}作为行政复议被申请人${inDelegatorsName ? '（《行政复议法》第十九条）' : ''}。`,
        `Acts in the name of ${actor.name}, which answers for it${inDelegatorsName ? ' (Administrative Reconsideration Law art. 19)' : ''}.`,
      ),
    ],
  };
}
