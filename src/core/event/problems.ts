/**
 * The fatal problems a widget can show, as codes with arguments so that every locale can word
 * them. Recoverable problems (warnings) are only logged, in English, with their JSON path.
 */
export type FatalCode =
  | 'empty'
  | 'json'
  | 'notObject'
  | 'notEvent'
  | 'noEvent'
  | 'noName'
  | 'fetch'
  | 'status'
  | 'timeout'
  | 'body'
  | 'noBlock'
  | 'objectAttr'
  | 'noSuchEvent'
  | 'emptyEvent'
  | 'emptySrc'
  | 'noData'
  | 'notBlock'
  | 'tooBig'
  | 'tooDeep';

/** What the JSON scanner expected where the text broke. */
export type JsonExpectation = 'comma-brace' | 'comma-bracket' | 'colon' | 'key' | 'quote' | 'escape' | 'value' | 'end';

/**
 * The JSON mistakes editors make most, named in their own words at their own place: a comma
 * after the last field or item, a `{` or `[` never closed, text whose closing quote is missing
 * (it runs to the end of its line), single quotes instead of double ones.
 */
export type JsonMistake = 'trailingComma' | 'unclosed' | 'unclosedText' | 'singleQuotes';

export type ProblemArgs = Record<string, string | number>;

/** The recoverable problems: the part is left out, the rest of the event shows. */
export type WarningCode =
  | 'notText'
  | 'badLink'
  | 'badUrl'
  | 'cycle'
  | 'notNumber'
  | 'notDate'
  | 'notOneOf'
  | 'notZone'
  | 'onlineNoUrl'
  | 'placeNoName'
  | 'notPlace'
  | 'endBeforeStart'
  | 'badGeo'
  | 'notParty'
  | 'partyNoName'
  | 'imageNoUrl'
  | 'notOffer'
  | 'priceText'
  | 'notSubEvent'
  | 'subEventNoName'
  | 'subEventBadDate'
  | 'noDate'
  | 'noPlace'
  | 'severalEvents'
  | 'notDuration'
  | 'notSchedule'
  | 'badFrequency'
  | 'notDay';
