// Text of string items (<si> in xl/sharedStrings.xml, <is> in a sheet): rich text runs are
// flattened to plain text, phonetic guides (<rPh>) skipped, and OOXML's `_xHHHH_` escapes of
// control characters decoded, as Excel shows the text.
import { feedXml, xmlParser, type PartBytes, type Tag } from './xml';

export interface StringItem {
  text: string;
  /** The run font when every run of a rich text names the same one (TCVN3 runs in ".VnTime"). */
  font?: string;
}

const ESCAPE_RE = /_x([0-9A-Fa-f]{4})_/g;

export function unescapeXstring(s: string): string {
  return s.includes('_x') ? s.replace(ESCAPE_RE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/**
 * Collects one string item from the events inside it. `open`/`close` take the elements below
 * the item (<t>, <r>, <rPr>, <rFont>, <rPh>); `done` returns the item and resets.
 */
export interface StringCollector {
  open(tag: Tag): void;
  close(name: string): void;
  text(t: string): void;
  done(): StringItem;
}

export function stringCollector(): StringCollector {
  let parts: string[] = [];
  let inT = false;
  let phonetic = 0;
  let runs = 0;
  let runFont: string | undefined;
  let fontsAgree = true;
  let runHasFont = false;
  return {
    open(tag) {
      const name = tag.name;
      if (name === 't') inT = phonetic === 0;
      else if (name === 'rPh') phonetic++;
      else if (name === 'r') {
        runs++;
        runHasFont = false;
      } else if (name === 'rFont' && phonetic === 0) {
        runHasFont = true;
        const val = tag.get('val');
        if (runs === 1) runFont = val;
        else if (runFont !== val) fontsAgree = false;
      }
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'r' && !runHasFont) fontsAgree = false;
    },
    text(t) {
      if (inT) parts.push(t);
    },
    done() {
      const item: StringItem = { text: unescapeXstring(parts.length === 1 ? parts[0] : parts.join('')) };
      if (runs > 0 && fontsAgree && runFont) item.font = runFont;
      parts = [];
      inT = false;
      phonetic = 0;
      runs = 0;
      runFont = undefined;
      fontsAgree = true;
      return item;
    },
  };
}

/** The shared string table, in index order. Throws XmlError on malformed XML. */
export async function parseSharedStrings(bytes: PartBytes | undefined): Promise<StringItem[]> {
  if (!bytes) return [];
  const items: StringItem[] = [];
  const item = stringCollector();
  let inItem = false;
  const parser = xmlParser({
    open(tag) {
      if (tag.name === 'si') inItem = true;
      else if (inItem) item.open(tag);
    },
    close(name) {
      if (name === 'si') {
        items.push(item.done());
        inItem = false;
      } else if (inItem) item.close(name);
    },
    text(t) {
      if (inItem) item.text(t);
    },
  });
  await feedXml(bytes, parser);
  return items;
}
