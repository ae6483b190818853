// Everyone holding a title at a top-level organisation or at any of its units (UNIT_OF, any depth).
// For one organisation, add  AND org.name = '工业和信息化部'  to the WHERE line.
MATCH (org:Organization)<-[:UNIT_OF*0..]-(unit:Organization)<-[h:HOLDS]-(p:Person)
WHERE NOT (org)-[:UNIT_OF]->(:Organization)
RETURN DISTINCT org.name AS organization, unit.name AS unit, p.name AS person, h.title AS title,
       toString(h.observed_on) AS observed_on
ORDER BY organization, unit, person, title
