// Real sentences for the aligner tests: the English original of the seed article and its French
// translation (corpus/seeds/000_… after the "Nguồn:" line, and 004_…), one sentence each.
export const EN = [
  'Managing such a gargantuan array of chips to develop Llama 4 is likely to present unique engineering challenges and require vast amounts of energy.',
  'Meta executives on Wednesday sidestepped an analyst question about energy access constraints in parts of the US that have hampered companies’ efforts to develop more powerful AI.',
  'According to one estimate, a cluster of 100,000 H100 chips would require 150 megawatts of power.',
  'The largest national lab supercomputer in the United States, El Capitan, by contrast requires 30 megawatts of power.',
  'Meta expects to spend as much as $40 billion in capital this year to furnish data centers and other infrastructure, an increase of more than 42 percent from 2023.',
  'The company expects even more torrid growth in that spending next year.',
  'Meta’s total operating costs have grown about 9 percent this year.',
  'But overall sales—largely from ads—have surged more than 22 percent, leaving the company with fatter margins and larger profits even as it pours billions of dollars into the Llama efforts.',
  'Meanwhile, OpenAI, considered the current leader in developing cutting-edge AI, is burning through cash despite charging developers for access to its models.',
  'What for now remains a nonprofit venture has said that it is training GPT-5, a successor to the model that currently powers ChatGPT.',
  'OpenAI has said that GPT-5 will be larger than its predecessor, but it has not said anything about the computer cluster it is using for training.',
  'CEO Sam Altman has said that GPT-5 will be “a significant leap forward” compared to its predecessor.',
  'On Tuesday, Google CEO Sundar Pichai said the company’s newest version of the Gemini family of generative AI models is in development.',
  'Over 500 million people monthly use Meta AI, Zuckerberg said.',
];

export const FR = [
  'Gérer une gamme aussi gargantuesque de puces pour développer Llama 4 présentera probablement des défis d’ingénierie uniques et nécessitera de grandes quantités d’énergie.',
  'Les dirigeants de Meta ont éludé mercredi une question d’analyste sur les contraintes d’accès à l’énergie dans certaines régions des États-Unis, qui ont entravé les efforts des entreprises pour développer une IA plus puissante.',
  'Selon une estimation, un cluster de 100 000 puces H100 nécessiterait 150 mégawatts de puissance.',
  'En revanche, le plus grand supercalculateur de laboratoire national des États-Unis, El Capitan, nécessite 30 mégawatts de puissance.',
  'Meta prévoit de dépenser jusqu’à 40 milliards de dollars en capital cette année pour fournir des centres de données et d’autres infrastructures, soit une augmentation de plus de 42 % par rapport à 2023.',
  'La société s’attend à une croissance encore plus torride de ces dépenses l’année prochaine.',
  'Les coûts d’exploitation totaux de Meta ont augmenté d’environ 9 pour cent cette année.',
  'Mais les ventes globales – en grande partie grâce à la publicité – ont bondi de plus de 22 %, laissant à l’entreprise des marges plus importantes et des bénéfices plus importants, même si elle investit des milliards de dollars dans les efforts de Llama.',
  'Pendant ce temps, OpenAI, considéré comme le leader actuel dans le développement d’IA de pointe, brûle de l’argent malgré le fait de facturer aux développeurs l’accès à ses modèles.',
  'Ce qui reste pour l’instant une entreprise à but non lucratif a déclaré former GPT-5, un successeur du modèle qui alimente actuellement ChatGPT.',
  'OpenAI a déclaré que GPT-5 serait plus grand que son prédécesseur, mais il n’a rien dit sur le cluster informatique qu’il utilise pour la formation.',
  'Le PDG Sam Altman a déclaré que GPT-5 constituerait « un bond en avant significatif » par rapport à son prédécesseur.',
  'Mardi, le PDG de Google, Sundar Pichai, a déclaré que la dernière version de la famille Gemini de modèles d’IA générative était en cours de développement.',
  'Plus de 500 millions de personnes utilisent Meta AI chaque mois, a déclaré Zuckerberg.',
];
