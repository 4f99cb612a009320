// What the benchmark's articles say about the region: sentences with names in the spelling of one
// of four house styles (English, RFE/RL's Kazakh-Latin-leaning, French, Russian Cyrillic), so the
// corpus has the same mix of spellings a real library has.

export const HOUSE_STYLES = [
  { president: 'Tokayev', first: 'Kassym-Jomart', elbasy: 'Nazarbayev', capital: 'Nur-Sultan', country: 'Kazakhstan', city: 'Almaty', oil: 'Zhanaozen', december: 'Zheltoqsan' },
  { president: 'Toqaev', first: 'Qasym-Zhomart', elbasy: 'Nazarbaev', capital: 'Nur-Sultan', country: 'Qazaqstan', city: 'Almaty', oil: 'Zhanaozen', december: 'Jeltoqsan' },
  { president: 'Tokaïev', first: 'Kassym-Jomart', elbasy: 'Nazarbaïev', capital: 'Nour-Soultan', country: 'Kazakhstan', city: 'Almaty', oil: 'Janaozen', december: 'Jeltoqsan' },
  { president: 'Токаев', first: 'Касым-Жомарт', elbasy: 'Назарбаев', capital: 'Нур-Султан', country: 'Казахстан', city: 'Алматы', oil: 'Жанаозен', december: 'Желтоксан' },
] as const;

export type HouseStyle = (typeof HOUSE_STYLES)[number];

/** Sentences about the January 2022 events; `{n}` is a number. */
export const REGION_SENTENCES: readonly ((style: HouseStyle, n: number) => string)[] = [
  (s) => `President ${s.first} ${s.president} said security forces would fire without warning.`,
  (s) => `The protests began in ${s.oil} after fuel prices doubled at the start of the year.`,
  (s) => `Former leader Nursultan ${s.elbasy} stepped down as head of the security council.`,
  (s) => `A state of emergency was declared in ${s.city} and in the capital ${s.capital}.`,
  (_, n) => `More than ${n} people were detained, the interior ministry said.`,
  (s) => `Activists marked the anniversary of ${s.december} in ${s.city} despite the ban.`,
  (s, n) => `According to official figures, ${n} people were killed across ${s.country}.`,
  (s) => `${s.president} blamed foreign-trained terrorists for the unrest in ${s.city}.`,
  (s) => `Internet access was cut across ${s.country} for five days.`,
];

/** Frequent words of news prose, given the top ranks of the generated vocabulary. */
export const NEWS_WORDS = `the of and to in a that is for on was said with he as it by at from his an be
have has are were but not this they their who which or its been would had will more after about one
two people year government police president also new when than other there first last over state
security protest protests country city officials minister ministry law court public political
party opposition election reform reforms power leader forces military economic prices fuel oil
energy region regional national international report reported according week month days killed
detained arrested activists rights human crackdown authorities capital interior foreign russia
russian troops unrest violence emergency demonstrators demonstrations rally rallies independence
parliament council chairman former since during against under while before many several some
most all could should may might must because however where what how between into through around
workers strike wages social media internet access journalists press freedom corruption family
billion million percent investment company companies bank market gas pipeline border central asia`
  .split(/\s+/)
  .filter(Boolean);

export const OUTLETS = ['RFE/RL', 'Reuters', 'AP', 'Eurasianet', 'The Diplomat', 'Financial Times', 'Le Monde', 'Vlast.kz', 'Kursiv', 'Meduza'];

export const AUTHOR_NAMES = ['Aigerim', 'Yerlan', 'Dana', 'Ruslan', 'Asel', 'Nurlan', 'Saltanat', 'Daniyar', 'Joanna', 'Peter', 'Marie', 'Olga'];
export const AUTHOR_SURNAMES = ['Toqtasyn', 'Abishev', 'Mamai', 'Litvinova', 'Zarubin', 'Lillis', 'Putz', 'Imanbai', 'Sultanov', 'Kenzhebek'];
