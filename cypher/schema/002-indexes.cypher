// Lookup indexes for the loader's event merging and the library's filters. Idempotent.
// Each index costs write time on every load, so only those a query or the loader uses are here.
// Events of one group (type + participants): the loader's merge rule reads these.
CREATE INDEX event_group IF NOT EXISTS FOR (e:Event) ON (e.groupKey);
// Calls/meetings and the statements made in them meet on these keys (pair + date).
CREATE INDEX event_call_key IF NOT EXISTS FOR (e:Event) ON (e.callKey);
CREATE INDEX event_in_call_key IF NOT EXISTS FOR (e:Event) ON (e.inCallKey);
// Interaction dates (first day of the event's date range): windows and timelines.
CREATE INDEX event_date_from IF NOT EXISTS FOR (e:Event) ON (e.dateFrom);
// Undated/month-only reports of a group, re-assigned when the group's dated events change.
CREATE INDEX report_float_key IF NOT EXISTS FOR (r:Report) ON (r.floatKey);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
// Events about a topic in date order / in a window: ABOUT {topic, day} (day 9999-12-31 = undated).
CREATE INDEX about_topic_day IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.topic, r.day);
// Most central actors: the loader keeps each actor's number of events.
CREATE INDEX actor_event_count IF NOT EXISTS FOR (a:Actor) ON (a.eventCount);
