import { describe, it, expect } from 'vitest';
import {
  dns1035LabelErrors,
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  isValidPortName,
  labelKeyErrors,
  labelValueErrors,
  portNameErrors,
  portNumErrors,
} from './names.js';

// Go's validation.RegexError joins examples with "', " + " or ", hence the double spaces.
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const NAME_PART_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('dns1123SubdomainErrors', () => {
  it.each(['a', 'nginx', 'my-app.example.com', '0', '1.2.3', 'a'.repeat(253)])('accepts %s', (v) => {
    expect(dns1123SubdomainErrors(v)).toEqual([]);
  });

  it.each(['', 'Nginx', 'my_app', '-a', 'a-', 'a..b', '.a', 'a.', 'a b', 'ä'])('rejects %j with the regex message', (v) => {
    expect(dns1123SubdomainErrors(v)).toEqual([SUBDOMAIN_MSG]);
  });

  it('reports length and format separately', () => {
    expect(dns1123SubdomainErrors('a'.repeat(254))).toEqual(['must be no more than 253 characters']);
    expect(dns1123SubdomainErrors('A'.repeat(254))).toEqual(['must be no more than 253 characters', SUBDOMAIN_MSG]);
  });
});

describe('dns1123LabelErrors', () => {
  it.each(['default', 'kube-system', '123-abc', 'a'.repeat(63)])('accepts %s', (v) => {
    expect(dns1123LabelErrors(v)).toEqual([]);
  });

  it('says "must not contain dots" for a valid subdomain', () => {
    expect(dns1123LabelErrors('my.ns')).toEqual(['must not contain dots']);
  });

  it.each(['', 'My-Ns', 'a_b', '-x'])('rejects %j with the label regex message', (v) => {
    expect(dns1123LabelErrors(v)).toEqual([LABEL_MSG]);
  });

  it('limits labels to 63 characters', () => {
    expect(dns1123LabelErrors('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });
});

describe('dns1035LabelErrors', () => {
  it.each(['my-svc', 'a', 'abc-123'])('accepts %s', (v) => {
    expect(dns1035LabelErrors(v)).toEqual([]);
  });

  it.each(['1svc', 'my.svc', 'My-svc', '', 'svc-'])('rejects %j', (v) => {
    expect(dns1035LabelErrors(v)).toEqual([DNS1035_MSG]);
  });

  it('limits to 63 characters', () => {
    expect(dns1035LabelErrors('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });
});

describe('labelKeyErrors', () => {
  it.each(['app', 'App_Name', 'my.name', 'app.kubernetes.io/name', 'kubernetes.io/hostname', 'a/b', '123-abc'])(
    'accepts %s',
    (k) => {
      expect(labelKeyErrors(k)).toEqual([]);
    },
  );

  it.each([
    ['', ['name part must be non-empty', NAME_PART_MSG]],
    ['-app', [NAME_PART_MSG]],
    ['app/', ['name part must be non-empty', NAME_PART_MSG]],
    ['/app', ['prefix part must be non-empty']],
    ['Example.com/app', [`prefix part ${SUBDOMAIN_MSG}`]],
    ['a'.repeat(64), ['name part must be no more than 63 characters']],
  ])('rejects %j', (k, expected) => {
    expect(labelKeyErrors(k)).toEqual(expected);
  });

  it('rejects more than one slash with the qualified-name message', () => {
    expect(labelKeyErrors('a/b/c')).toEqual([
      "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ]);
  });
});

describe('labelValueErrors', () => {
  it.each(['', 'web', 'v1.2.3', 'my_value', 'A-b', 'a'.repeat(63)])('accepts %j', (v) => {
    expect(labelValueErrors(v)).toEqual([]);
  });

  it.each(['-web', 'web-', 'a b', 'a/b', 'é'])('rejects %j', (v) => {
    expect(labelValueErrors(v)).toEqual([LABEL_VALUE_MSG]);
  });

  it('limits to 63 characters', () => {
    expect(labelValueErrors('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });
});

describe('portNameErrors', () => {
  it.each(['http', 'http-alt', 'h2c', 'a1', 'metrics-8080'])('accepts %s', (v) => {
    expect(portNameErrors(v)).toEqual([]);
    expect(isValidPortName(v)).toBe(true);
  });

  it.each([
    ['', ['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)', 'must contain at least one letter (a-z)']],
    ['8080', ['must contain at least one letter (a-z)']],
    ['HTTP', ['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)', 'must contain at least one letter (a-z)']],
    ['my--port', ['must not contain consecutive hyphens']],
    ['-http', ['must not begin or end with a hyphen']],
    ['a-very-long-port-name', ['must be no more than 15 characters']],
    ['my_port', ['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)']],
  ])('rejects %j', (v, expected) => {
    expect(portNameErrors(v)).toEqual(expected);
    expect(isValidPortName(v)).toBe(false);
  });
});

describe('portNumErrors', () => {
  it.each([1, 80, 65535])('accepts %d', (p) => {
    expect(portNumErrors(p)).toEqual([]);
  });

  it.each([0, 65536, -1, 1.5])('rejects %d', (p) => {
    expect(portNumErrors(p)).toEqual(['must be between 1 and 65535, inclusive']);
  });
});
