// Everyone holding a title at an organisation or at any of its units (UNIT_OF, any depth).
// For one organisation, add  WHERE org.name = '小米集团'  after the MATCH line.
MATCH (org:Organization)<-[:UNIT_OF*0..]-(unit:Organization)<-[h:HOLDS]-(p:Person)
RETURN org.name AS organization, unit.name AS unit, p.name AS person, h.title AS title,
       toString(h.observed_on) AS observed_on
ORDER BY organization, unit, person, title
