/**
 * Verb classes: the words and phrases that signal each interaction type,
 * with the frame that says where its source and target are found. Patterns
 * are general English diplomatic phrasing, never sentences of an article.
 */
import type { InteractionType } from './types.js';

export type Frame =
  | 'sym' // symmetric event: participants via subject, "with", "between", coordination
  | 'visit' // source visits a country
  | 'speech' // statement verbs; "told X" gives the listener
  | 'speech-by' // passive speech: "as detailed by X"
  | 'according' // "according to X"
  | 'appeal'
  | 'proposal'
  | 'judge' // support / criticism with a direct object
  | 'judge-phrase' // a judgement of the possessive before it ("Israel's actions … beyond self-defence")
  | 'aid'
  | 'mediate'
  | 'attack'
  | 'award'; // an honour given: "awarded X a medal", "received a medal from X"

export interface TriggerSpec {
  type: InteractionType;
  frame: Frame;
  re: RegExp;
  /** A noun ("call", "visit", "attack"): its source is a possessive, an attribute, "by X" or a "with" phrase. */
  noun?: boolean;
}

const spec = (type: InteractionType, frame: Frame, source: string, noun = false): TriggerSpec => ({
  type,
  frame,
  re: new RegExp(`\\b(?:${source})\\b`, 'gi'),
  noun,
});

export const TRIGGERS: TriggerSpec[] = [
  // PHONE_CALL
  spec(
    'PHONE_CALL',
    'sym',
    '(?:tele)?phone(?:d)?|(?:phone|telephone|video)[- ]?(?:call|calls|conversation|conversations|talks)|spoke by (?:tele)?phone|(?:held|had) a (?:phone |telephone |video )?call|call(?= (?:with|between))|separate call|call was held|(?:on|in|during|over) (?:a|the) (?:\\d+-hour |lengthy |brief )?call|video link|videoconference|video conference',
    true,
  ),
  // MEETING
  spec(
    'MEETING',
    'sym',
    '(?:spoke|speaks|talked|talks|speaking|talking) (?=with|to)|met|meets|meet|meeting|meetings|held talks|hold talks|(?<!peace )(?<!trade )talks|discussions|conversation|sat down|conferred|consultations|summit|hosted|received|in-person|discussed|on the sidelines of|(?:had|held) (?:a |an )?(?:brief |bilateral |separate |lengthy )?(?:interaction|exchange) with',
    true,
  ),
  // VISIT
  spec(
    'VISIT',
    'visit',
    'visited|visits|visiting|visit|trip to|tour(?:ed|ing)? of|toured|tour|touring|arrived in|travel(?:l?ed)? to|went to|came to|headed to|flew to|stops? in|landed in',
    true,
  ),
  // STATEMENT
  spec(
    'STATEMENT',
    'speech',
    'said|says|say|saying|reported|report|reports(?= that)|comment|commented|comments|replied|replies|share[sd]? (?:the same|a common|similar) (?:position|view|views|stance)|stated|states(?= that)|told|tells|telling|stressed|stresses|stressing|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|noted|notes|added|adding|reiterated|reiterates|reiterating|highlighted|highlights|outlined|outlines|announced|announces|declared|declares|warned(?! against)|warns(?! against)|voiced|voicing|voices|conveyed|underscored|underlined|remarked|explained|insisted|affirmed|reaffirmed|pointed out|made clear|expressed|expresses|expressing|briefed|assured|raised|told reporters|in a statement|press conference|news conference|briefing|interview|(?:released|issued|published) (?:a |the |its )?(?:[a-z]+ )?(?:readout|statement)|in a (?:joint )?statement|joint statement|described|describes|describing|informed|informs',
  ),
  spec(
    'STATEMENT',
    'speech-by',
    '(?:delivered|detailed|conveyed|announced|stated|expressed|outlined|made) by',
  ),
  spec('STATEMENT', 'according', 'according to'),
  // APPEAL
  spec(
    'APPEAL',
    'appeal',
    'urged|urges|urging|urge|called on|calls on|calling on|call on|called upon|calls upon|calling upon|called for|calls for|calling for|call for|appealed to|appeals to|appealed for|asked|asks|demanded|demands|demanding|pressed|pressing|implored|exhorted|(?:urgent )?need for|advocat(?:ed|es|ing)(?: for)?|hopes? that|hoped(?= [A-Z])|hopes(?= [A-Z])|(?:warned|cautioned) against|warned(?= [^.;]{0,40}? not to)',
  ),
  // PROPOSAL
  spec(
    'PROPOSAL',
    'proposal',
    'proposed|proposes|proposing|propose|put forward|puts forward|putting forward|offered|offers|offering|stands? ready|stood ready|(?:is|are|was|were|remains?) ready|readiness|(?:is|are|was|were) willing|willing to|willingness|(?:is|are) prepared to|suggested(?! that)|suggests(?! that)|invited|invites|invitation to|committed to|will do (?:its|their|his|her) utmost|do (?:its|their|his|her) utmost|pledged|pledges|promised|initiative|invitation|(?:potential )?opportunities to cooperate|will (?:draft|present|hold|host|convene|launch|issue|publish|unveil|submit|organi[sz]e|send)|(?:suggested|proposed|proposes|suggests) that',
  ),
  // SUPPORT
  spec(
    'SUPPORT',
    'judge',
    'welcomed|welcomes|welcoming|praised|praises|praising|thanked|thanks|thanking|supported|supports|supporting|(?:will|to|firmly|fully|strongly|continue to|continues to) support|sympathi[sz]e[sd]?|sympathi[sz]ing|appreciated|appreciates|appreciating|hailed|hails|commended|commends|congratulated|congratulates|lauded|applauded|endorsed|endorses|backed|backs|expressed (?:its |his |her |their )?(?:gratitude|appreciation|thanks|support|sympathy|solidarity)(?: for| to| with)?|trusted|voted (?:in favou?r of|for)|stands? with|stood with|solidarity with',
  ),
  spec(
    'SUPPORT',
    'award',
    'received(?= [^.;]{0,60}?(?:medal|award|order|prize|honou?r)[^.;]{0,20}? from)|awarded|conferred(?= [^.;]{0,40}?(?:medal|award|order|prize))',
  ),
  // CRITICISM
  spec(
    'CRITICISM',
    'judge',
    'condemned|condemns|condemning|condemn|criticized|criticised|criticizes|criticises|criticizing|criticising|denounced|denounces|denouncing|blasted|slammed|accused|accuses|accusing|confronted|rebuked|protested|opposed|opposes|opposing|deplored|censured|suspended(?= [A-Z])|vetoed|voted against|expelled(?= [^.;]{0,40}?(?:ambassador|envoy|diplomat))|summoned(?= [^.;]{0,40}?(?:ambassador|envoy|diplomat|charg))|lambasted|decried|designated(?= [^.;]{0,40}? terrorist)|(?:described|describing|branded|labell?ed|called|calling)(?= [^.;]{0,40}? (?:provocative|unacceptable|irresponsible|terrorist|illegal))',
  ),
  spec(
    'CRITICISM',
    'judge-phrase',
    '(?:gone |going |goes |went )?beyond (?:the scope of )?self-defen[cs]e|collective punishment|violat(?:ed|es|ion of) international law',
  ),
  // AID
  spec(
    'AID',
    'aid',
    '(?:provided|provides|providing|provide|sent|sends|sending|delivered|delivers|delivering|donated|donates|shipped|dispatched|airlifted)(?= [^.;]{0,60}?(?:aid|assistance|help|supplies|relief|vaccines|food|medicine))',
  ),
  // MEDIATION
  spec(
    'MEDIATION',
    'mediate',
    'mediated|mediates|mediating|mediation|brokered|brokering|facilitated talks|facilitating talks|hosted talks|host talks|hosting talks|helped|helping|(?:hosted|mediated|brokered|facilitated|chaired) by',
  ),
  // AGREEMENT
  spec(
    'AGREEMENT',
    'sym',
    'agreed|agree|agrees|agreement|agreements|signed|reached (?:a|an)(?= [^,.;]{0,30}?(?:deal|agreement|truce|consensus|understanding))|reach (?:a|an)(?= [^,.;]{0,30}?(?:deal|agreement|truce|consensus))|built consensus|reached consensus|accepted (?:the |an |a |[a-z]+(?:’|\\u0027)s )?invitation|establish(?:ed)?(?= (?:a |an )?[^,.;]{0,30}?partnership)|normali[sz]ed relations|restored (?:diplomatic )?relations',
    true,
  ),
  // ATTACK
  spec(
    'ATTACK',
    'attack',
    'attacked|attacking|attacks on|attack on|attack|struck|(?:air ?)?strikes on|airstrikes on|launched (?:an? |the |a series of )?(?:[a-z]+ )?(?:attacks?|strikes?|offensive|invasion|raids?)|bombed|bombing of|shelled|shelling of|invaded|invasion of|invading|incursion into|(?:full-scale )?war (?:against|on)|aggression against|fired (?:rockets|missiles) (?:at|into)',
    false,
  ),
];
