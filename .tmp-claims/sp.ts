import { parseSpeakerLine } from '../server/src/core/parse/speakerLine';
console.log(JSON.stringify(parseSpeakerLine(process.argv[2])));
