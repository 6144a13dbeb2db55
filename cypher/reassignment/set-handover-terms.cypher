// The terms adjustHandover sets on the new version of a hand-over (null: keep the value).
MATCH (h:EnforcementItem {id: $id})
SET h.mode = coalesce($mode, h.mode), h.rawMode = coalesce($rawMode, h.rawMode),
    h.actsInNameOf = coalesce($actsInNameOf, h.actsInNameOf), h.decisionDocNo = coalesce($decisionDocNo, h.decisionDocNo),
    h.published = coalesce($published, h.published),
    h.evaluationDue = CASE WHEN $evaluationDue IS NULL THEN h.evaluationDue ELSE date($evaluationDue) END
RETURN h.id AS id
