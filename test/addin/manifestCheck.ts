// An offline check of manifest.xml (`office-addin-manifest validate` posts the manifest to a
// Microsoft service and cannot run here). It checks what makes Office refuse or misload an XML
// add-in-only manifest: well-formed XML; every element under the right parent and in the order
// of Office's schema (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd,
// OfficeAppBasicTypesV1_0.xsd — child order is a sequence there, and Office rejects a manifest
// with an element out of order); the simple types (GUID id, version, culture names, string
// lengths, permissions); known requirement set names and versions; resource ids that resolve;
// icon lists with the mandatory sizes; and URLs that point at files of the build, icons at PNGs
// of the declared size.
import * as fs from 'fs';
import * as path from 'path';
import { pngSize } from './icons';
import { parseXml, xsiType, XmlError, type XmlElement } from './xml';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  vo: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;
type Ns = keyof typeof NS;

interface Child {
  name: string;
  ns: Ns;
  /** The content type; "xsi:" + a base name means the element's xsi:type picks it. */
  type: string;
  min: number;
  max: number;
}

const c = (name: string, ns: Ns, type: string, min = 1, max = 1): Child => ({ name, ns, type, min, max });
const N = Number.POSITIVE_INFINITY;

/** Content models: the children each type allows, in the order the schema's sequence gives. */
const TYPES: Record<string, Child[]> = {
  TaskPaneApp: [
    c('Id', 'app', 'text'),
    c('AlternateId', 'app', 'text', 0),
    c('Version', 'app', 'text'),
    c('ProviderName', 'app', 'text'),
    c('DefaultLocale', 'app', 'text'),
    c('DisplayName', 'app', 'LocaleAware'),
    c('Description', 'app', 'LocaleAware'),
    c('IconUrl', 'app', 'LocaleAware', 0),
    c('HighResolutionIconUrl', 'app', 'LocaleAware', 0),
    c('SupportUrl', 'app', 'LocaleAware', 0),
    c('AppDomains', 'app', 'AppDomains', 0),
    c('Hosts', 'app', 'AppHosts', 0),
    // The TaskPaneApp extension of OfficeApp: these come after the base sequence.
    c('Requirements', 'app', 'AppRequirements', 0),
    c('DefaultSettings', 'app', 'TaskPaneSettings'),
    c('Permissions', 'app', 'text'),
    c('Dictionary', 'app', 'any', 0),
    c('VersionOverrides', 'vo', 'VersionOverridesV1_0', 0),
  ],
  LocaleAware: [c('Override', 'app', 'empty', 0, N)],
  AppDomains: [c('AppDomain', 'app', 'text', 1, N)],
  AppHosts: [c('Host', 'app', 'empty', 1, N)],
  AppRequirements: [c('Sets', 'app', 'AppSets', 0), c('Methods', 'app', 'any', 0)],
  AppSets: [c('Set', 'app', 'empty', 1, N)],
  TaskPaneSettings: [c('SourceLocation', 'app', 'LocaleAware')],
  VersionOverridesV1_0: [
    c('Description', 'vo', 'empty', 0),
    c('Requirements', 'vo', 'BtRequirements', 0),
    c('Hosts', 'vo', 'VoHosts', 0),
    c('Resources', 'vo', 'Resources', 0),
    c('WebApplicationInfo', 'vo', 'any', 0),
    c('EquivalentAddins', 'vo', 'any', 0),
    c('VersionOverrides', 'vo', 'any', 0),
  ],
  BtRequirements: [c('Sets', 'bt', 'BtSets')],
  BtSets: [c('Set', 'bt', 'empty', 1, N)],
  VoHosts: [c('Host', 'vo', 'xsi:Host', 1, N)],
  'Host:Workbook': [c('AllFormFactors', 'vo', 'any', 0), c('DesktopFormFactor', 'vo', 'FormFactor', 0)],
  FormFactor: [
    c('GetStarted', 'vo', 'GetStarted', 0),
    c('FunctionFile', 'vo', 'empty', 0),
    c('ExtensionPoint', 'vo', 'xsi:ExtensionPoint', 1, N),
  ],
  GetStarted: [c('Title', 'vo', 'empty'), c('Description', 'vo', 'empty'), c('LearnMoreUrl', 'vo', 'empty')],
  'ExtensionPoint:PrimaryCommandSurface': [c('OfficeTab', 'vo', 'Tab', 0, N), c('CustomTab', 'vo', 'CustomTab', 0, N)],
  'ExtensionPoint:ContextMenu': [c('OfficeMenu', 'vo', 'OfficeMenu', 1, N)],
  Tab: [c('Group', 'vo', 'Group', 1, N)],
  CustomTab: [c('Group', 'vo', 'Group', 1, N), c('Label', 'vo', 'empty')],
  OfficeMenu: [c('Control', 'vo', 'xsi:Control', 1, N)],
  Group: [c('Label', 'vo', 'empty'), c('Icon', 'vo', 'IconList'), c('Control', 'vo', 'xsi:Control', 1, N)],
  'Control:Button': [c('Label', 'vo', 'empty'), c('Supertip', 'vo', 'Supertip'), c('Icon', 'vo', 'IconList'), c('Action', 'vo', 'xsi:Action')],
  'Control:Menu': [c('Label', 'vo', 'empty'), c('Supertip', 'vo', 'Supertip'), c('Icon', 'vo', 'IconList'), c('Items', 'vo', 'any')],
  Supertip: [c('Title', 'vo', 'empty'), c('Description', 'vo', 'empty')],
  IconList: [c('Image', 'bt', 'empty', 1, N)],
  'Action:ShowTaskpane': [c('TaskpaneId', 'vo', 'text', 0), c('SourceLocation', 'vo', 'empty'), c('Title', 'vo', 'empty', 0)],
  'Action:ExecuteFunction': [c('FunctionName', 'vo', 'text')],
  Resources: [c('Images', 'bt', 'Images', 0), c('Urls', 'bt', 'Urls', 0), c('ShortStrings', 'bt', 'ShortStrings', 0), c('LongStrings', 'bt', 'LongStrings', 0)],
  Images: [c('Image', 'bt', 'Resource', 0, N)],
  Urls: [c('Url', 'bt', 'Resource', 0, N)],
  ShortStrings: [c('String', 'bt', 'Resource', 0, N)],
  LongStrings: [c('String', 'bt', 'Resource', 0, N)],
  Resource: [c('Override', 'bt', 'empty', 0, N)],
};

/** Requirement sets Office knows (Office Add-ins requirement set reference). */
export const KNOWN_SETS = new Set([
  'ExcelApi', 'ExcelApiOnline', 'ExcelApiDesktop', 'WordApi', 'WordApiDesktop', 'WordApiOnline', 'PowerPointApi',
  'OneNoteApi', 'Mailbox', 'DialogApi', 'DialogOrigin', 'IdentityAPI', 'NestedAppAuth', 'SharedRuntime', 'RibbonApi',
  'AddinCommands', 'CustomFunctionsRuntime', 'ImageCoercion', 'KeyboardShortcuts', 'OpenBrowserWindowApi',
  'DocumentEvents', 'File', 'HtmlCoercion', 'MatrixBindings', 'MatrixCoercion', 'OoxmlCoercion', 'PdfFile',
  'Selection', 'Settings', 'TableBindings', 'TableCoercion', 'TextBindings', 'TextCoercion', 'TextFile',
  'CompressedFile', 'ActiveView', 'BindingEvents', 'CustomXmlParts', 'DeviceCapture',
]);
/** Numbered ExcelApi versions released: 1.1 … 1.20. */
export const EXCEL_API_VERSIONS = new Set(Array.from({ length: 20 }, (_, i) => `1.${i + 1}`));

const GUID_RE = /^(urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$|^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/;
const VERSION_RE = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const SHORT_VERSION_RE = /^[0-9]{1,5}\.[0-9]{1,5}$/;
const CULTURE_RE = /^([a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;
const PERMISSIONS = new Set(['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument']);
const ICON_SIZES = new Set([16, 20, 24, 32, 40, 48, 64, 80]);
const MANDATORY_ICON_SIZES = [16, 32, 80];

export interface ManifestCheckOptions {
  /** The build the URLs point into (dist/addin). */
  distDir: string;
  /** The origin the manifest's URLs use (https://localhost:3000). */
  baseUrl: string;
  /** Locales every user-visible string must have an override for. */
  requiredLocales?: string[];
}

function typeKey(child: Child, el: XmlElement): string | null {
  if (!child.type.startsWith('xsi:')) return child.type;
  const t = xsiType(el);
  const key = `${child.type.slice(4)}:${t ?? ''}`;
  return key in TYPES ? key : null;
}

/** Checks one element's children against its content model, then recurses. */
function checkContent(el: XmlElement, type: string, where: string, errors: string[]): void {
  if (type === 'any') return;
  if (type === 'text' || type === 'empty') {
    if (el.children.length) errors.push(`${where}: <${el.name}> may not contain <${el.children[0].name}> (line ${el.children[0].line})`);
    if (type === 'empty' && el.text.trim()) errors.push(`${where}: <${el.name}> may not contain text (line ${el.line})`);
    return;
  }
  const model = TYPES[type];
  let i = 0;
  let count = 0;
  for (const child of el.children) {
    // Move on through the sequence until this child's slot.
    while (i < model.length && !(model[i].name === child.local && NS[model[i].ns] === child.ns)) {
      if (count < model[i].min) {
        errors.push(`${where}: <${model[i].name}> is missing before <${child.name}> (line ${child.line})`);
      }
      i++;
      count = 0;
    }
    if (i >= model.length) {
      const allowed = model.some((m) => m.name === child.local && NS[m.ns] === child.ns);
      errors.push(
        allowed
          ? `${where}: <${child.name}> is out of order (line ${child.line}): the schema puts it earlier`
          : `${where}: <${child.name}> is not a valid child of <${el.name}> (line ${child.line})`,
      );
      // Resume from the slot it belongs to, if any, so one mistake gives one error.
      const slot = model.findIndex((m) => m.name === child.local && NS[m.ns] === child.ns);
      if (slot >= 0) {
        i = slot;
        count = 1;
      } else i = model.length;
      continue;
    }
    count++;
    if (count > model[i].max) errors.push(`${where}: too many <${child.name}> (line ${child.line})`);
    const key = typeKey(model[i], child);
    if (key === null) errors.push(`${where}/${child.local}: unknown xsi:type "${xsiType(child) ?? ''}" (line ${child.line})`);
    else checkContent(child, key, `${where}/${child.local}`, errors);
  }
  for (; i < model.length; i++, count = 0) {
    if (count < model[i].min) errors.push(`${where}: <${model[i].name}> is missing at the end of <${el.name}>`);
  }
}

function* walk(el: XmlElement, trail: XmlElement[] = []): Generator<{ el: XmlElement; trail: XmlElement[] }> {
  yield { el, trail };
  for (const child of el.children) yield* walk(child, [...trail, el]);
}

function find(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

/** Every problem found, or an empty list. */
export function checkManifest(xml: string, opts: ManifestCheckOptions): string[] {
  const errors: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`not well-formed XML: ${e instanceof XmlError ? e.message : String(e)}`];
  }
  if (root.local !== 'OfficeApp' || root.ns !== NS.app) return [`the root must be <OfficeApp xmlns="${NS.app}">`];
  if (xsiType(root) !== 'TaskPaneApp') errors.push('OfficeApp xsi:type must be TaskPaneApp');
  checkContent(root, 'TaskPaneApp', 'OfficeApp', errors);

  // ---- simple types
  const text = (local: string) => find(root, local)?.text.trim() ?? '';
  if (!GUID_RE.test(text('Id'))) errors.push(`Id "${text('Id')}" is not a GUID`);
  if (!VERSION_RE.test(text('Version'))) errors.push(`Version "${text('Version')}" is not n.n.n.n`);
  const provider = text('ProviderName');
  if (provider.length < 1 || provider.length > 125) errors.push('ProviderName must hold 1 to 125 characters');
  if (!CULTURE_RE.test(text('DefaultLocale'))) errors.push(`DefaultLocale "${text('DefaultLocale')}" is not a culture name`);
  if (!PERMISSIONS.has(text('Permissions'))) errors.push(`Permissions "${text('Permissions')}" is not a permission level`);
  for (const host of find(root, 'Hosts')?.children ?? []) {
    if (host.attrs.Name !== 'Workbook') errors.push(`Hosts: Host Name "${host.attrs.Name}" is not Excel's "Workbook"`);
  }

  // ---- strings: lengths and locales
  const required = opts.requiredLocales ?? [];
  const checkLocalized = (el: XmlElement, what: string, max: number) => {
    const values = [el.attrs.DefaultValue ?? '', ...el.children.filter((o) => o.local === 'Override').map((o) => o.attrs.Value ?? '')];
    for (const v of values) if (v.length < 1 || v.length > max) errors.push(`${what}: "${v.slice(0, 40)}" must hold 1 to ${max} characters`);
    const locales = el.children.filter((o) => o.local === 'Override').map((o) => o.attrs.Locale ?? '');
    for (const l of locales) if (!CULTURE_RE.test(l)) errors.push(`${what}: Override Locale "${l}" is not a culture name`);
    if (new Set(locales).size !== locales.length) errors.push(`${what}: a locale is overridden twice`);
    for (const l of required) if (!locales.includes(l)) errors.push(`${what}: no ${l} override`);
  };
  const displayName = find(root, 'DisplayName');
  const description = find(root, 'Description');
  if (displayName) checkLocalized(displayName, 'DisplayName', 125);
  if (description) checkLocalized(description, 'Description', 250);

  // ---- requirement sets
  for (const { el, trail } of walk(root)) {
    if (el.local !== 'Set' || trail[trail.length - 1]?.local !== 'Sets') continue;
    const sets = trail[trail.length - 1];
    const name = el.attrs.Name ?? '';
    const version = el.attrs.MinVersion ?? sets.attrs.DefaultMinVersion ?? '1.1';
    if (!KNOWN_SETS.has(name)) errors.push(`Requirements: "${name}" is not a requirement set name`);
    if (!SHORT_VERSION_RE.test(version)) errors.push(`Requirements: ${name} MinVersion "${version}" is not n.n`);
    else if (name === 'ExcelApi' && !EXCEL_API_VERSIONS.has(version)) errors.push(`Requirements: ExcelApi ${version} does not exist`);
    if (sets.attrs.DefaultMinVersion !== undefined && !SHORT_VERSION_RE.test(sets.attrs.DefaultMinVersion)) errors.push('Requirements: DefaultMinVersion is not n.n');
  }
  if (![...walk(root)].some(({ el }) => el.local === 'Set' && el.attrs.Name === 'ExcelApi')) errors.push('Requirements: no ExcelApi requirement set');

  // ---- resources
  const overrides = find(root, 'VersionOverrides');
  const resources = overrides ? find(overrides, 'Resources') : undefined;
  const ids: Record<'Images' | 'Urls' | 'ShortStrings' | 'LongStrings', Map<string, XmlElement>> = {
    Images: new Map(),
    Urls: new Map(),
    ShortStrings: new Map(),
    LongStrings: new Map(),
  };
  for (const kind of Object.keys(ids) as Array<keyof typeof ids>) {
    for (const r of (resources && find(resources, kind)?.children) ?? []) {
      const id = r.attrs.id ?? '';
      if (!id || id.length > 32) errors.push(`Resources/${kind}: id "${id}" must hold 1 to 32 characters`);
      if (ids[kind].has(id)) errors.push(`Resources/${kind}: id "${id}" repeated`);
      if (r.attrs.DefaultValue === undefined) errors.push(`Resources/${kind}: "${id}" has no DefaultValue`);
      ids[kind].set(id, r);
      if (kind === 'ShortStrings') checkLocalized(r, `ShortStrings/${id}`, 125);
      if (kind === 'LongStrings') checkLocalized(r, `LongStrings/${id}`, 250);
    }
  }
  const refKind = (el: XmlElement, parent: XmlElement | undefined): keyof typeof ids | null => {
    if (el.local === 'Image' && el.ns === NS.bt && parent?.local === 'Icon') return 'Images';
    if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.local) && el.ns === NS.vo) return 'Urls';
    if (el.ns !== NS.vo) return null;
    if (el.local === 'Label' || el.local === 'Title') return 'ShortStrings';
    if (el.local === 'Description') return 'LongStrings';
    return null;
  };
  const iconSizes = new Map<string, number>();
  const controlIds = new Set<string>();
  for (const { el, trail } of walk(root)) {
    const parent = trail[trail.length - 1];
    const kind = refKind(el, parent);
    if (kind) {
      const resid = el.attrs.resid;
      if (resid === undefined) errors.push(`<${el.name}> (line ${el.line}) has no resid`);
      else if (!ids[kind].has(resid)) errors.push(`<${el.name}> (line ${el.line}): resid "${resid}" is not in Resources/${kind}`);
      if (kind === 'Images' && resid !== undefined) {
        const size = Number(el.attrs.size);
        if (!ICON_SIZES.has(size)) errors.push(`<${el.name}> (line ${el.line}): icon size "${el.attrs.size}" is not one of 16, 20, 24, 32, 40, 48, 64, 80`);
        const before = iconSizes.get(resid);
        if (before !== undefined && before !== size) errors.push(`image "${resid}" is used at sizes ${before} and ${size}`);
        iconSizes.set(resid, size);
      }
    }
    if (el.local === 'Icon' && el.ns === NS.vo) {
      const sizes = el.children.map((i) => Number(i.attrs.size));
      for (const s of MANDATORY_ICON_SIZES) if (!sizes.includes(s)) errors.push(`<Icon> (line ${el.line}) lacks the mandatory ${s}×${s} image`);
    }
    if ((el.local === 'Control' || el.local === 'Group') && el.ns === NS.vo) {
      const id = el.attrs.id ?? '';
      if (!id || id.length > 125) errors.push(`<${el.name}> (line ${el.line}) needs an id of 1 to 125 characters`);
      if (controlIds.has(id)) errors.push(`<${el.name}> id "${id}" repeated`);
      controlIds.add(id);
    }
  }

  // ---- URLs → files of the build
  const urls: Array<{ what: string; url: string; size?: number }> = [];
  const pushLocaleAware = (local: string, size?: number) => {
    const el = find(root, local);
    if (!el) return;
    urls.push({ what: local, url: el.attrs.DefaultValue ?? '', size });
    for (const o of el.children) urls.push({ what: `${local} (${o.attrs.Locale})`, url: o.attrs.Value ?? '', size });
  };
  pushLocaleAware('IconUrl', 32);
  pushLocaleAware('HighResolutionIconUrl', 64);
  pushLocaleAware('SupportUrl');
  const settings = find(root, 'DefaultSettings');
  const source = settings && find(settings, 'SourceLocation');
  if (source) urls.push({ what: 'DefaultSettings/SourceLocation', url: source.attrs.DefaultValue ?? '' });
  for (const [id, el] of ids.Images) urls.push({ what: `Images/${id}`, url: el.attrs.DefaultValue ?? '', size: iconSizes.get(id) });
  for (const [id, el] of ids.Urls) urls.push({ what: `Urls/${id}`, url: el.attrs.DefaultValue ?? '' });
  for (const { what, url, size } of urls) {
    if (!url.startsWith('https://')) {
      errors.push(`${what}: "${url}" is not an https URL`);
      continue;
    }
    if (!url.startsWith(`${opts.baseUrl}/`)) continue;
    const rel = decodeURIComponent(url.slice(opts.baseUrl.length + 1).split(/[?#]/)[0]);
    const file = path.join(opts.distDir, rel);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      errors.push(`${what}: ${url} is not in the build (${path.relative(process.cwd(), file)} missing)`);
      continue;
    }
    if (size !== undefined) {
      const dims = pngSize(fs.readFileSync(file));
      if (!dims) errors.push(`${what}: ${rel} is not a PNG`);
      else if (dims.width !== size || dims.height !== size) errors.push(`${what}: ${rel} is ${dims.width}×${dims.height}, not ${size}×${size}`);
    }
  }
  return errors;
}
