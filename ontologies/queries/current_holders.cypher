// Who holds each title at each organisation now (the rule of current_holders.rq): a HOLDS stated
// as current, with no end_date before today, and no HOLDS of the same person, title and
// organisation stated as former or ended on the same or a later date. $title and $organization
// narrow it to one title at one organisation (null for every one); pass them as parameters, never
// paste text into the query.
MATCH (p:Person)-[h:HOLDS]->(o:Organization)
WHERE h.status = 'current'
  AND ($title IS NULL OR h.title = $title)
  AND ($organization IS NULL OR o.name = $organization)
  AND (h.end_date IS NULL OR h.end_date > date())
OPTIONAL MATCH (p)-[later:HOLDS]->(o)
WHERE later.title = h.title AND later.status IN ['former', 'ended']
  AND (h.observed_on IS NULL OR later.observed_on >= h.observed_on)
WITH p, h, o, count(later) AS superseded
WHERE superseded = 0
RETURN o.name AS organization, h.title AS title, p.name AS person,
       toString(min(h.start_date)) AS since, toString(max(h.observed_on)) AS last_stated
ORDER BY organization, title, person
