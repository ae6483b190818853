// Every title each person holds, oldest statement first, with the organisation when the text names one.
// For one person, add  WHERE p.name = '张伟'  after the MATCH line.
MATCH (p:Person)-[h:HOLDS]->(o)
RETURN p.name AS person, h.title AS title,
       CASE WHEN 'Organization' IN labels(o) THEN o.name END AS organization,
       toString(h.observed_on) AS observed_on
ORDER BY person, observed_on, title, organization
