// Which organisations organised which events, and how (主办, 承办, 协办, 支持 …).
MATCH (o:Organization)-[r:ORGANIZED]->(e:Event)
RETURN e.name AS event, toString(e.start_date) AS start_date, r.role AS role, o.name AS organization
ORDER BY event, role, organization
