import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./_test/harness";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

describe("--help and --version", () => {
  it("tipx --version prints the package version", async () => {
    for (const flag of ["--version", "-V"]) {
      const result = await runCli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${manifest.version}\n`);
    }
  });

  it("tipx --help reads like this", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx [options] [command]

      Work with tipx, the data exchange format for anti-trafficking case data:
      validate bundles (JSON or NDJSON), screen the persons they record for indicators
      of trafficking, redact them for a purpose, convert HTCDS, CTDC and agency
      spreadsheets to and from bundles, write XLSForm and Excel templates, explain
      issue codes, write the JSON Schema files, and sign, verify, encrypt and decrypt
      bundles.

      Options:
        -V, --version                  print the version of tipx
        -l, --lang <lang>              language of the messages and of the help: en,
                                       th or es, or a tag such as th-TH (default:
                                       $TIPX_LANG, then $LANG, else en)
        -f, --format <format>          output format of validate, assess, verify,
                                       explain and codes (choices: "text", "json")
        -p, --profile <country>        country profile of validate (TIPX3xx rules) and
                                       assess (the country's law) (choices: "TH",
                                       "LR", "PY", "AR")
        -h, --help                     show help

      Commands:
        validate [options] <files...>  check tipx bundles in JSON or NDJSON files
        assess [options] <files...>    screen the victims recorded in bundles for
                                       indicators of trafficking
        redact [options] <files...>    remove or generalise personal data in bundles
                                       for a purpose
        convert [options] <input>      convert HTCDS, CTDC and agency spreadsheets to
                                       tipx bundles, and back
        template [options]             write the XLSForm of a form, or the Excel
                                       intake template
        explain [options] [code]       explain an issue code
        schema [options]               write the JSON Schema files of the tipx model
        codes [options] [list]         print a code list's codes with their labels
        keys [options]                 make the key pairs that sign and receive
                                       bundles
        sign [options] <files...>      sign bundles, so that receivers can check who
                                       sent them
        verify [options] <files...>    check the signatures of bundles against a trust
                                       list
        encrypt [options] <files...>   encrypt bundles, so that only their recipients
                                       can read them
        decrypt [options] <files...>   decrypt bundles sent to you, with your private
                                       key
        help [command]                 display help for command

      Exit codes:
        0  every record is valid (or the command succeeded)
        1  at least one record is invalid (or does not verify, or could not be
           signed, encrypted or decrypted)
        2  usage error: unknown command or option, bad option value, missing argument
        3  an input could not be read (missing file, directory, no permission, no
           record within --max-line-bytes) or the output could not be written

      Environment:
        NO_COLOR     set (non-empty) to never colour the output
        FORCE_COLOR  set to colour the output even when it is not a terminal
        TIPX_LANG    default message language (en, th or es, or a tag such as th-TH)
        LANG         the system locale (th_TH.UTF-8, es_AR.utf8...), used when
                     TIPX_LANG is not set

      Options may come before or after the command: "tipx --lang th validate x.json"
      is "tipx validate x.json --lang th".
      Run "tipx <command> --help" for a command's options and examples.
      "
    `);
  });

  it("tipx explain --help reads like this", async () => {
    const result = await runCli(["explain", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx explain [options] [code]

      Explain an issue code: what the check is, why it exists and how to fix the data.

      Arguments:
        code                   an issue code such as TIPX402 (or just 402)

      Options:
        --list                 list every issue code with its severity and title
        -l, --lang <lang>      language of the messages and of the help: en, th or es,
                               or a tag such as th-TH (default: $TIPX_LANG, then
                               $LANG, else en)
        -f, --format <format>  text, or json for the explanation as a JSON object
                               (choices: "text", "json", default: "text")
        -h, --help             show help

      Examples:
        $ tipx explain TIPX402
        $ tipx explain 501 --lang es
        $ tipx explain --list
      "
    `);
  });

  it("tipx schema --help reads like this", async () => {
    const result = await runCli(["schema", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx schema [options]

      Write the JSON Schema (draft 2020-12) file of every top-level tipx type, as
      @tipx/schema publishes them.

      Options:
        -o, --out <dir>    directory to write into (default: "json-schema")
        --check            write nothing; exit 1 when a file in the directory is
                           missing or differs
        -l, --lang <lang>  language of the messages and of the help: en, th or es, or
                           a tag such as th-TH (default: $TIPX_LANG, then $LANG, else
                           en)
        -h, --help         show help

      Examples:
        $ tipx schema
        $ tipx schema --out schemas/tipx
        $ tipx schema --out schemas/tipx --check
      "
    `);
  });

  it("tipx validate --help reads like this", async () => {
    const result = await runCli(["validate", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx validate [options] <files...>

      Check tipx bundles against the tipx 1.0 model and its consistency, privacy and
      data-quality rules.

      Arguments:
        files                     JSON or NDJSON files, or - for standard input

      Options:
        -f, --format <format>     text: a report for people; json: one JSON object per
                                  record, then a summary (choices: "text", "json",
                                  default: "text")
        -l, --lang <lang>         language of the messages and of the help: en, th or
                                  es, or a tag such as th-TH (default: $TIPX_LANG,
                                  then $LANG, else en)
        -p, --profile <country>   add a country profile's rules (TIPX3xx); overrides
                                  the bundle's own profile (choices: "TH", "LR", "PY",
                                  "AR")
        --level <level>           strict: warnings count as errors; lenient: unknown
                                  codes in extensible lists are warnings (choices:
                                  "strict", "standard", "lenient", default:
                                  "standard")
        -q, --quiet               print only invalid records (and, in text, no
                                  summary)
        --max-line-bytes <bytes>  the longest NDJSON line, and the largest JSON
                                  document, read; a longer one is reported as TIPX101
                                  and skipped (default: 67108864 = 64 MiB)
        --encoding <encoding>     how to decode inputs: utf-8 (default), windows-874
                                  (tis-620, Thai), windows-1252, latin1, utf-16le or
                                  utf-16be; a byte-order mark overrides it
        --color                   colour the text report even when stdout is not a
                                  terminal
        --no-color                never colour the text report
        -h, --help                show help

      Each file holds one JSON bundle, or NDJSON with one bundle per line (always
      so for .ndjson and .jsonl files). NDJSON is read a line at a time, so memory
      stays flat whatever the size; a line that is not JSON, or longer than
      --max-line-bytes, is reported as TIPX101 and reading goes on with the next
      line. Control characters in keys, paths, messages and file names are printed
      as \\u escapes.

      Examples:
        $ tipx validate bundle.json
        $ tipx validate --profile TH --lang th cases.ndjson
        $ cat cases.ndjson | tipx validate --format json - > report.jsonl
        $ tipx validate --quiet exports/*.ndjson || echo "some records are invalid"

      Run "tipx explain CODE" to learn what an issue code means.
      "
    `);
  });

  it("tipx assess --help reads like this", async () => {
    const result = await runCli(["assess", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx assess [options] <files...>

      Screen every victim and presumed victim of each bundle's cases with a checklist
      of @tipx/indicators, from what the bundle records about them, and print each
      person's result with its reasons: the classification, the explanation, each
      indicator and the questions still open. Persons are named by their id, never by
      name. A screening is not an identification.

      Arguments:
        files                          JSON or NDJSON files of bundles, or - for
                                       standard input

      Options:
        -i, --instrument <instrument>  the checklist: palermo (the elements of
                                       trafficking), ilo-fl-2012 (the ILO indicators
                                       of forced labour), icls-2018 (the statistical
                                       definition of forced labour) or child-labour
                                       (choices: "palermo", "ilo-fl-2012",
                                       "icls-2018", "child-labour", default:
                                       "palermo")
        -p, --profile <country>        the country whose law and ages apply; by
                                       default each bundle's own profile (choices:
                                       "TH", "LR", "PY", "AR")
        -f, --format <format>          text: a report for people; json: one JSON
                                       object per person, then a summary (choices:
                                       "text", "json", default: "text")
        -l, --lang <lang>              language of the messages and of the help: en,
                                       th or es, or a tag such as th-TH (default:
                                       $TIPX_LANG, then $LANG, else en)
        -o, --out <path>               write each bundle with its Assessment entities
                                       added: into this folder under the input's name,
                                       or into this file when there is one input
        -h, --help                     show help

      Each bundle is validated first: an invalid one is reported as tipx validate
      reports it and is not assessed (exit code 1). A screening result is not an
      error: the exit code is 0 whatever the classifications. Of a person, only the
      id is printed: never a name, a document number or a note from the bundle.

      Examples:
        $ tipx assess examples/bundles/mae-sot-interception.json
        $ tipx assess --instrument ilo-fl-2012 --lang th cases.ndjson
        $ tipx assess --format json cases.ndjson > screening.jsonl
        $ tipx assess --out assessed/ exports/*.json
      "
    `);
  });

  it("tipx redact --help reads like this", async () => {
    const result = await runCli(["redact", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx redact [options] <files...>

      Redact each bundle for a purpose with @tipx/privacy: every field is removed,
      generalised or kept according to its sensitivity class and the purpose, and with
      --key-file the remaining ids, local identifiers and document numbers are
      replaced by keyed HMAC-SHA-256 pseudonyms, the same for the same key. Each
      bundle is validated before and after.

      Arguments:
        files                  JSON or NDJSON files of bundles, or - for standard
                               input

      Options:
        --purpose <purpose>    what the bundles are shared for; it decides what is
                               removed (choices: "case-management", "referral",
                               "prosecution", "statistics", "research",
                               "cross-border-transfer")
        -k, --key-file <file>  pseudonymise with the key in this file (at least 32
                               random bytes, the owner's alone); never the key itself
        -o, --out <file>       write to this file (mode 0600) instead of standard
                               output
        --report <file>        write one JSON line per bundle to this file: what was
                               removed, generalised and pseudonymised, as counts and
                               paths, never values
        -l, --lang <lang>      language of the messages and of the help: en, th or es,
                               or a tag such as th-TH (default: $TIPX_LANG, then
                               $LANG, else en)
        -h, --help             show help

      One JSON bundle in is one redacted JSON bundle out; NDJSON, a JSON array or
      several files come out as NDJSON, one bundle per line. An invalid bundle is
      reported as tipx validate reports it and not written (exit code 1). The key is
      only ever read from a file, and never printed: make one with
        $ head -c 32 /dev/urandom > pseudonym.key && chmod 600 pseudonym.key
      and keep it: the same key gives the same pseudonyms, so records can still be
      linked.

      Examples:
        $ tipx redact --purpose statistics examples/bundles/mae-sot-interception.json
        $ tipx redact --purpose research --key-file pseudonym.key --out research.ndjson cases.ndjson
        $ tipx redact --purpose statistics --report redactions.jsonl exports/*.json > statistics.ndjson
      "
    `);
  });

  it("tipx keys --help reads like this", async () => {
    const result = await runCli(["keys", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx keys [options] [command]

      Make the key pairs an organisation signs its bundles with and receives encrypted
      bundles with.

      Options:
        -l, --lang <lang>   language of the messages and of the help: en, th or es, or
                            a tag such as th-TH (default: $TIPX_LANG, then $LANG, else
                            en)
        -h, --help          show help

      Commands:
        generate [options]  write a new private and public key (JWK files)
        help [command]      display help for command
      "
    `);
  });

  it("tipx keys generate --help reads like this", async () => {
    const result = await runCli(["keys", "generate", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx keys generate [options]

      Write a new key pair as two JSON Web Key files: <org>-<use>.private.jwk, which
      only you can read (mode 0600), and <org>-<use>.public.jwk, to give to others.

      Options:
        --org <name>       the organisation the keys are for (their org member); it
                           names the files, with spaces and signs as -
        --use <use>        sig: an Ed25519 key to sign bundles with; enc: a P-256 key
                           to receive encrypted bundles with (choices: "sig", "enc")
        -o, --out <dir>    directory to write into (created when missing)
        --kid <kid>        the key id (default: the RFC 7638 thumbprint of the public
                           key)
        --force            replace existing key files
        -l, --lang <lang>  language of the messages and of the help: en, th or es, or
                           a tag such as th-TH (default: $TIPX_LANG, then $LANG, else
                           en)
        -h, --help         show help

      The private key is written to its file and nowhere else: nothing prints it.
      Give the public key of a sig pair to those who verify your bundles (for their
      trust list), and that of an enc pair to those who send you bundles (for tipx
      encrypt --to).

      Examples:
        $ tipx keys generate --org th-dopa --use sig --out keys
        $ tipx keys generate --org th-msdhs --use enc --out keys
      "
    `);
  });

  it("tipx sign --help reads like this", async () => {
    const result = await runCli(["sign", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx sign [options] <files...>

      Sign each bundle with a private key. The signature (a detached JWS over the RFC
      8785 canonical form) goes in the bundle's signature member, so a signed bundle
      is still a bundle.

      Arguments:
        files              JSON or NDJSON files of bundles, or - for standard input

      Options:
        -k, --key <file>   the private key file (a JWK, as tipx keys generate writes
                           it); never the key itself
        --kid <kid>        the key id receivers look up in their trust list (default:
                           the key file's kid)
        --alg <alg>        the signature algorithm; by default the key's own: EdDSA
                           for Ed25519, ES256 for P-256 (choices: "EdDSA", "ES256")
        -o, --out <file>   write to this file (mode 0600) instead of standard output
        -l, --lang <lang>  language of the messages and of the help: en, th or es, or
                           a tag such as th-TH (default: $TIPX_LANG, then $LANG, else
                           en)
        -h, --help         show help

      One JSON bundle in is one signed JSON bundle out; NDJSON, a JSON array or
      several files come out as NDJSON, one signed bundle per line. A signature says
      who sent a bundle and that nobody changed it, not that it is valid: run tipx
      validate too. For a referral, sign, then encrypt.

      Examples:
        $ tipx sign --key keys/th-dopa-sig.private.jwk --out signed.json bundle.json
        $ tipx sign --key keys/th-dopa-sig.private.jwk cases.ndjson > signed.ndjson
      "
    `);
  });

  it("tipx verify --help reads like this", async () => {
    const result = await runCli(["verify", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx verify [options] <files...>

      Check each signed bundle: the signature matches, its key is in the trust list
      and valid now, and the organisation that signed it is the bundle's sender.

      Arguments:
        files                  JSON or NDJSON files of signed bundles, or - for
                               standard input

      Options:
        -t, --trust <file>     the trust list: a JSON file of organisations and their
                               public keys
        -f, --format <format>  text: a report for people; json: one JSON object per
                               record, then a summary (choices: "text", "json",
                               default: "text")
        -q, --quiet            print only the records that did not verify (and, in
                               text, no summary)
        -l, --lang <lang>      language of the messages and of the help: en, th or es,
                               or a tag such as th-TH (default: $TIPX_LANG, then
                               $LANG, else en)
        -h, --help             show help

      A record that does not verify gets the code of what failed: TIPX520 the
      signature does not match (the bundle was changed), TIPX521 unknown key,
      TIPX522 key outside its validity period, TIPX523 the signer is not the sender,
      TIPX524 an unsafe or malformed signature, TIPX525 not signed. Exit code 1 when
      one does not verify; 2 when the trust file is not a trust list.

      Examples:
        $ tipx verify --trust trust.json signed.json
        $ tipx verify --trust trust.json --format json signed.ndjson > report.jsonl
      "
    `);
  });

  it("tipx encrypt --help reads like this", async () => {
    const result = await runCli(["encrypt", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx encrypt [options] <files...>

      Encrypt each bundle for one or more recipients (ECDH-ES+A256KW, A256GCM): one
      JWE in general JSON serialisation per bundle, which only the holders of the
      recipients' private keys can decrypt.

      Arguments:
        files              JSON or NDJSON files of bundles, signed or not, or - for
                           standard input

      Options:
        --to <file>        a recipient's public key file (the .public.jwk of an enc
                           pair); repeat it for each recipient
        -o, --out <file>   write to this file (mode 0600) instead of standard output
        -l, --lang <lang>  language of the messages and of the help: en, th or es, or
                           a tag such as th-TH (default: $TIPX_LANG, then $LANG, else
                           en)
        -h, --help         show help

      The JWE's headers name no person: only the algorithms, the recipients' key ids
      and the tipx version. One JSON bundle in is one JWE out; NDJSON, a JSON array
      or several files come out as NDJSON, one JWE per line.

      Examples:
        $ tipx encrypt --to keys/th-msdhs-enc.public.jwk --out sent.jwe signed.json
        $ tipx sign --key keys/th-dopa-sig.private.jwk cases.ndjson \\
            | tipx encrypt --to msdhs.public.jwk --to shelter.public.jwk -
      "
    `);
  });

  it("tipx decrypt --help reads like this", async () => {
    const result = await runCli(["decrypt", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx decrypt [options] <files...>

      Decrypt each JWE with your private key and write the bundle it holds. A JWE that
      was not made for this key, or was changed on the way, is reported as TIPX526 and
      left out.

      Arguments:
        files              JSON or NDJSON files of JWEs, or - for standard input

      Options:
        -k, --key <file>   your private key file (the .private.jwk of an enc pair);
                           never the key itself
        -o, --out <file>   write to this file (mode 0600) instead of standard output
        -l, --lang <lang>  language of the messages and of the help: en, th or es, or
                           a tag such as th-TH (default: $TIPX_LANG, then $LANG, else
                           en)
        -h, --help         show help

      A bundle is written as it was encrypted: when it is signed, check it with tipx
      verify.

      Examples:
        $ tipx decrypt --key keys/th-msdhs-enc.private.jwk --out signed.json sent.jwe
        $ tipx decrypt --key keys/th-msdhs-enc.private.jwk sent.ndjson \\
            | tipx verify --trust trust.json -
      "
    `);
  });
});

describe("--help in Thai and Spanish", () => {
  it("tipx --help --lang th reads like this", async () => {
    const result = await runCli(["--help", "--lang", "th"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "วิธีใช้: tipx [options] [command]

      ทำงานกับ tipx รูปแบบการแลกเปลี่ยนข้อมูลกรณีการค้ามนุษย์ ได้แก่ ตรวจสอบชุดข้อมูล (JSON หรือ
      NDJSON) คัดกรองบุคคลในชุดข้อมูลหาข้อบ่งชี้การค้ามนุษย์ ปกปิดข้อมูลตามวัตถุประสงค์ แปลงข้อมูล HTCDS
      CTDC และตารางของหน่วยงานเป็นชุดข้อมูลและแปลงกลับ เขียนแม่แบบ XLSForm และ Excel
      อธิบายรหัสปัญหา เขียนไฟล์ JSON Schema และลงนาม ตรวจสอบลายมือชื่อ เข้ารหัส และถอดรหัสชุดข้อมูล

      ตัวเลือก:
        -V, --version                  แสดงรุ่นของ tipx
        -l, --lang <lang>              ภาษาของข้อความและวิธีใช้: en, th หรือ es หรือแท็กภาษา
                                       เช่น th-TH (ค่าเริ่มต้น: ตาม $TIPX_LANG หรือ $LANG
                                       มิฉะนั้นเป็น en)
        -f, --format <format>          รูปแบบผลลัพธ์ของ validate, assess, verify, explain
                                       และ codes (ค่าที่ใช้ได้: "text", "json")
        -p, --profile <country>        โปรไฟล์ประเทศของ validate (กฎ TIPX3xx) และ
                                       assess (กฎหมายของประเทศ) (ค่าที่ใช้ได้: "TH", "LR",
                                       "PY", "AR")
        -h, --help                     แสดงวิธีใช้

      คำสั่ง:
        validate [options] <files...>  ตรวจสอบชุดข้อมูล tipx ในไฟล์ JSON หรือ NDJSON
        assess [options] <files...>    คัดกรองผู้เสียหายที่บันทึกในชุดข้อมูลหาข้อบ่งชี้การค้ามนุษย์
        redact [options] <files...>    ลบหรือลดรายละเอียดข้อมูลส่วนบุคคลในชุดข้อมูลตามวัตถุประสงค์
        convert [options] <input>      แปลงข้อมูล HTCDS CTDC และตารางของหน่วยงานเป็นชุดข้อมูล
                                       tipx และแปลงกลับ
        template [options]             เขียน XLSForm ของแบบฟอร์ม หรือแม่แบบรับเรื่อง Excel
        explain [options] [code]       อธิบายรหัสปัญหา
        schema [options]               เขียนไฟล์ JSON Schema ของแบบจำลอง tipx
        codes [options] [list]         แสดงรหัสในรายการรหัสพร้อมชื่อเรียก
        keys [options]                 สร้างคู่กุญแจสำหรับลงนามและรับชุดข้อมูล
        sign [options] <files...>      ลงนามชุดข้อมูล เพื่อให้ผู้รับตรวจสอบได้ว่าใครเป็นผู้ส่ง
        verify [options] <files...>    ตรวจสอบลายมือชื่อของชุดข้อมูลกับรายการที่เชื่อถือ
        encrypt [options] <files...>   เข้ารหัสชุดข้อมูล เพื่อให้มีเพียงผู้รับที่อ่านได้
        decrypt [options] <files...>   ถอดรหัสชุดข้อมูลที่ส่งถึงคุณด้วยกุญแจส่วนตัวของคุณ
        help [command]                 แสดงวิธีใช้ของคำสั่ง

      รหัสการออก (exit code):
        0  ทุกรายการถูกต้อง (หรือคำสั่งทำงานสำเร็จ)
        1  มีรายการที่ไม่ถูกต้องอย่างน้อยหนึ่งรายการ (หรือตรวจสอบลายมือชื่อไม่ผ่าน
           หรือลงนาม เข้ารหัส หรือถอดรหัสไม่ได้)
        2  ใช้คำสั่งผิด: ไม่รู้จักคำสั่งหรือตัวเลือก ค่าของตัวเลือกไม่ถูกต้อง หรือขาดอาร์กิวเมนต์
        3  อ่านข้อมูลนำเข้าไม่ได้ (ไม่พบไฟล์ เป็นไดเรกทอรี ไม่มีสิทธิ์ หรือไม่มีรายการใด
           อยู่ภายใน --max-line-bytes) หรือเขียนผลลัพธ์ไม่ได้

      ตัวแปรสภาพแวดล้อม:
        NO_COLOR     ตั้งค่า (ไม่ว่าง) เพื่อไม่ให้ผลลัพธ์มีสีเลย
        FORCE_COLOR  ตั้งค่าเพื่อให้ผลลัพธ์มีสีแม้ไม่ได้แสดงบนเทอร์มินัล
        TIPX_LANG    ภาษาเริ่มต้นของข้อความ (en, th หรือ es หรือแท็กภาษา เช่น th-TH)
        LANG         โลแคลของระบบ (th_TH.UTF-8, es_AR.utf8 ...) ใช้เมื่อไม่ได้ตั้ง TIPX_LANG

      ตัวเลือกจะอยู่ก่อนหรือหลังคำสั่งก็ได้ "tipx --lang th validate x.json"
      ให้ผลเหมือน "tipx validate x.json --lang th"
      พิมพ์ "tipx <command> --help" เพื่อดูตัวเลือกและตัวอย่างของแต่ละคำสั่ง
      "
    `);
  });

  it("tipx --help --lang es reads like this", async () => {
    const result = await runCli(["--help", "--lang", "es"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Uso: tipx [options] [command]

      Trabaje con tipx, el formato de intercambio de datos de casos de trata de
      personas: valide paquetes (JSON o NDJSON), detecte indicios de trata en las
      personas que registran, anonimícelos para un propósito, convierta planillas
      HTCDS, CTDC y de organismos en paquetes y a la inversa, escriba plantillas
      XLSForm y de Excel, consulte qué significa un código de problema, escriba los
      archivos JSON Schema, y firme, verifique, cifre y descifre paquetes.

      Opciones:
        -V, --version                  mostrar la versión de tipx
        -l, --lang <lang>              idioma de los mensajes y de la ayuda: en, th o
                                       es, o una etiqueta como es-AR (por defecto:
                                       $TIPX_LANG, luego $LANG, si no en)
        -f, --format <format>          formato de salida de validate, assess, verify,
                                       explain y codes (valores: "text", "json")
        -p, --profile <country>        perfil de país de validate (reglas TIPX3xx) y
                                       de assess (la ley del país) (valores: "TH",
                                       "LR", "PY", "AR")
        -h, --help                     mostrar la ayuda

      Comandos:
        validate [options] <files...>  comprobar paquetes tipx en archivos JSON o
                                       NDJSON
        assess [options] <files...>    detectar indicios de trata en las víctimas
                                       registradas en paquetes
        redact [options] <files...>    eliminar o generalizar los datos personales de
                                       paquetes según un propósito
        convert [options] <input>      convertir HTCDS, CTDC y planillas de organismos
                                       en paquetes tipx, y a la inversa
        template [options]             escribir el XLSForm de un formulario, o la
                                       plantilla de registro de Excel
        explain [options] [code]       explicar un código de problema
        schema [options]               escribir los archivos JSON Schema del modelo
                                       tipx
        codes [options] [list]         mostrar los códigos de una lista con sus
                                       etiquetas
        keys [options]                 crear los pares de claves que firman y reciben
                                       paquetes
        sign [options] <files...>      firmar paquetes, para que quien los recibe
                                       compruebe quién los envió
        verify [options] <files...>    comprobar las firmas de los paquetes con una
                                       lista de confianza
        encrypt [options] <files...>   cifrar paquetes, para que solo sus
                                       destinatarios puedan leerlos
        decrypt [options] <files...>   descifrar los paquetes enviados a usted, con su
                                       clave privada
        help [command]                 mostrar la ayuda de un comando

      Códigos de salida:
        0  todos los registros son válidos (o el comando terminó bien)
        1  al menos un registro es inválido (o no se verifica, o no se pudo firmar,
           cifrar o descifrar)
        2  error de uso: comando u opción desconocidos, valor de opción incorrecto o
           falta un argumento
        3  no se pudo leer una entrada (archivo inexistente, directorio, sin permiso,
           ningún registro dentro de --max-line-bytes) o no se pudo escribir la salida

      Variables de entorno:
        NO_COLOR     con un valor (no vacío), la salida nunca lleva colores
        FORCE_COLOR  con un valor, la salida lleva colores aunque no sea una terminal
        TIPX_LANG    idioma predeterminado de los mensajes (en, th o es, o una
                     etiqueta como es-AR)
        LANG         la configuración regional del sistema (es_AR.UTF-8...), usada
                     cuando TIPX_LANG no está definida

      Las opciones pueden ir antes o después del comando: "tipx --lang es validate
      x.json" equivale a "tipx validate x.json --lang es".
      Ejecute "tipx <comando> --help" para ver las opciones y ejemplos de un comando.
      "
    `);
  });

  it("tipx validate --help --lang th reads like this", async () => {
    const result = await runCli(["validate", "--help", "--lang", "th"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "วิธีใช้: tipx validate [options] <files...>

      ตรวจสอบชุดข้อมูล tipx ตามแบบจำลอง tipx 1.0 และกฎด้านความสอดคล้อง ความเป็นส่วนตัว
      และคุณภาพข้อมูล

      อาร์กิวเมนต์:
        files                     ไฟล์ JSON หรือ NDJSON หรือ - เพื่ออ่านจากอินพุตมาตรฐาน

      ตัวเลือก:
        -f, --format <format>     text: รายงานให้คนอ่าน json: ออบเจ็กต์ JSON
                                  หนึ่งบรรทัดต่อหนึ่งรายการ แล้วตามด้วยบรรทัดสรุป (ค่าที่ใช้ได้:
                                  "text", "json", ค่าเริ่มต้น: "text")
        -l, --lang <lang>         ภาษาของข้อความและวิธีใช้: en, th หรือ es หรือแท็กภาษา เช่น
                                  th-TH (ค่าเริ่มต้น: ตาม $TIPX_LANG หรือ $LANG มิฉะนั้นเป็น
                                  en)
        -p, --profile <country>   เพิ่มกฎของโปรไฟล์ประเทศ (TIPX3xx)
                                  โดยใช้แทนโปรไฟล์ที่ระบุไว้ในชุดข้อมูล (ค่าที่ใช้ได้: "TH", "LR",
                                  "PY", "AR")
        --level <level>           strict: นับคำเตือนเป็นข้อผิดพลาด lenient:
                                  รหัสที่ไม่รู้จักในรายการรหัสที่ขยายได้เป็นเพียงคำเตือน (ค่าที่ใช้ได้:
                                  "strict", "standard", "lenient", ค่าเริ่มต้น:
                                  "standard")
        -q, --quiet               แสดงเฉพาะรายการที่ไม่ถูกต้อง (และในรูปแบบ text ไม่แสดงสรุป)
        --max-line-bytes <bytes>  ความยาวสูงสุดของบรรทัด NDJSON และขนาดสูงสุดของเอกสาร JSON
                                  ที่จะอ่าน ส่วนที่ยาวกว่านี้จะถูกรายงานเป็น TIPX101 และข้ามไป
                                  (ค่าเริ่มต้น: 67108864 = 64 MiB)
        --encoding <encoding>     วิธีถอดรหัสข้อมูลนำเข้า: utf-8 (ค่าเริ่มต้น), windows-874
                                  (tis-620, ภาษาไทย), windows-1252, latin1, utf-16le
                                  หรือ utf-16be โดย byte-order mark ในไฟล์มีผลเหนือตัวเลือกนี้
        --color                   แสดงสีในรายงาน text แม้ stdout ไม่ใช่เทอร์มินัล
        --no-color                ไม่แสดงสีในรายงาน text เลย
        -h, --help                แสดงวิธีใช้

      แต่ละไฟล์มีชุดข้อมูล JSON หนึ่งชุด หรือเป็น NDJSON ที่มีหนึ่งชุดข้อมูลต่อหนึ่งบรรทัด
      (ไฟล์ .ndjson และ .jsonl เป็น NDJSON เสมอ) NDJSON จะถูกอ่านทีละบรรทัด
      หน่วยความจำจึงคงที่ไม่ว่าไฟล์จะใหญ่เพียงใด บรรทัดที่ไม่ใช่ JSON หรือยาวเกิน
      --max-line-bytes จะถูกรายงานเป็น TIPX101 แล้วอ่านบรรทัดถัดไปต่อ
      อักขระควบคุมในคีย์ พาธ ข้อความ และชื่อไฟล์จะแสดงเป็น \\u escape

      ตัวอย่าง:
        $ tipx validate bundle.json
        $ tipx validate --profile TH --lang th cases.ndjson
        $ cat cases.ndjson | tipx validate --format json - > report.jsonl
        $ tipx validate --quiet exports/*.ndjson || echo "มีรายการที่ไม่ถูกต้อง"

      พิมพ์ "tipx explain CODE" เพื่อดูความหมายของรหัสปัญหา
      "
    `);
  });

  it("tipx validate --help --lang es reads like this", async () => {
    const result = await runCli(["validate", "--help", "--lang", "es"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Uso: tipx validate [options] <files...>

      Comprueba paquetes tipx con el modelo tipx 1.0 y sus reglas de coherencia,
      privacidad y calidad de los datos.

      Argumentos:
        files                     archivos JSON o NDJSON, o - para la entrada estándar

      Opciones:
        -f, --format <format>     text: un informe para personas; json: un objeto JSON
                                  por registro y, al final, un resumen (valores:
                                  "text", "json", por defecto: "text")
        -l, --lang <lang>         idioma de los mensajes y de la ayuda: en, th o es, o
                                  una etiqueta como es-AR (por defecto: $TIPX_LANG,
                                  luego $LANG, si no en)
        -p, --profile <country>   añadir las reglas de un perfil de país (TIPX3xx);
                                  prevalece sobre el perfil del propio paquete
                                  (valores: "TH", "LR", "PY", "AR")
        --level <level>           strict: las advertencias cuentan como errores;
                                  lenient: los códigos desconocidos en listas
                                  ampliables son advertencias (valores: "strict",
                                  "standard", "lenient", por defecto: "standard")
        -q, --quiet               mostrar solo los registros inválidos (y, en text,
                                  sin resumen)
        --max-line-bytes <bytes>  la línea NDJSON más larga, y el documento JSON más
                                  grande, que se leen; uno más largo se informa como
                                  TIPX101 y se omite (por defecto: 67108864 = 64 MiB)
        --encoding <encoding>     cómo decodificar las entradas: utf-8 (por defecto),
                                  windows-874 (tis-620, tailandés), windows-1252,
                                  latin1, utf-16le o utf-16be; una marca de orden de
                                  bytes (BOM) prevalece sobre esta opción
        --color                   colorear el informe text aunque la salida estándar
                                  no sea una terminal
        --no-color                no colorear nunca el informe text
        -h, --help                mostrar la ayuda

      Cada archivo contiene un paquete JSON, o NDJSON con un paquete por línea
      (siempre así en los archivos .ndjson y .jsonl). El NDJSON se lee línea a línea,
      así que la memoria no crece con el tamaño; una línea que no es JSON, o que
      supera --max-line-bytes, se informa como TIPX101 y la lectura sigue en la línea
      siguiente. Los caracteres de control en claves, rutas, mensajes y nombres de
      archivo se muestran como escapes \\u.

      Ejemplos:
        $ tipx validate paquete.json
        $ tipx validate --profile AR --lang es-AR casos.ndjson
        $ cat casos.ndjson | tipx validate --format json - > informe.jsonl
        $ tipx validate --quiet datos/*.ndjson || echo "hay registros inválidos"

      Ejecute "tipx explain CÓDIGO" para saber qué significa un código de problema.
      "
    `);
  });

  it.each([
    ["th", ["--help", "--lang", "th"], {}],
    ["th", ["--lang", "th-TH", "--help"], {}],
    ["th", ["-lth", "--help"], {}],
    ["th", ["--help"], { TIPX_LANG: "TH" }],
    ["th", ["--help"], { LANG: "th_TH.UTF-8" }],
    ["th", ["help"], { LANG: "th_TH.UTF-8" }],
    ["es", ["--help"], { TIPX_LANG: "es-AR" }],
    ["es", ["--help"], { LANG: "es_PY.utf8" }],
    ["es", ["--help", "--lang=es"], { LANG: "th_TH.UTF-8" }],
    ["en", ["--help"], { LANG: "fr_FR.UTF-8" }],
    ["en", ["--help", "--lang", "en"], { TIPX_LANG: "th" }],
  ])("the root help is in %s for %j with %j", async (lang, argv, env) => {
    const result = await runCli(argv, { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe((await runCli(["--help", "--lang", lang])).stdout);
  });

  it.each([
    ["th", ["validate", "--help", "--lang", "th"], {}],
    ["th", ["--lang", "th", "validate", "--help"], {}],
    ["th", ["help", "validate"], { TIPX_LANG: "th" }],
    ["es", ["validate", "--help"], { LANG: "es_AR.UTF-8" }],
    ["es", ["--lang", "es-PY", "validate", "--help"], {}],
  ])("validate's help is in %s for %j with %j", async (lang, argv, env) => {
    const result = await runCli(argv, { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe((await runCli(["validate", "--help", "--lang", lang])).stdout);
  });

  it("tipx redact --help --lang th reads like this", async () => {
    const result = await runCli(["redact", "--help", "--lang", "th"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "วิธีใช้: tipx redact [options] <files...>

      ปกปิดข้อมูลในชุดข้อมูลแต่ละชุดตามวัตถุประสงค์ด้วย @tipx/privacy ทุกฟิลด์จะถูกลบ ลดรายละเอียด
      หรือคงไว้ตามระดับความอ่อนไหวและวัตถุประสงค์ และเมื่อระบุ --key-file รหัส ตัวระบุภายใน
      และเลขเอกสารที่เหลือจะถูกแทนด้วยนามแฝงแบบ HMAC-SHA-256 ที่ใช้กุญแจ
      ซึ่งได้ค่าเดิมเสมอเมื่อใช้กุญแจเดิม ชุดข้อมูลแต่ละชุดจะถูกตรวจสอบความถูกต้องทั้งก่อนและหลัง

      อาร์กิวเมนต์:
        files                  ไฟล์ JSON หรือ NDJSON ของชุดข้อมูล หรือ -
                               เพื่ออ่านจากอินพุตมาตรฐาน

      ตัวเลือก:
        --purpose <purpose>    วัตถุประสงค์ของการแบ่งปันชุดข้อมูล ซึ่งกำหนดว่าจะลบข้อมูลใด
                               (ค่าที่ใช้ได้: "case-management", "referral", "prosecution",
                               "statistics", "research", "cross-border-transfer")
        -k, --key-file <file>  ใช้กุญแจในไฟล์นี้สร้างนามแฝง (ไบต์สุ่มอย่างน้อย 32 ไบต์
                               เป็นของเจ้าของเท่านั้น) ห้ามระบุตัวกุญแจเอง
        -o, --out <file>       เขียนลงไฟล์นี้ (โหมด 0600) แทนเอาต์พุตมาตรฐาน
        --report <file>        เขียน JSON หนึ่งบรรทัดต่อชุดข้อมูลลงไฟล์นี้ ระบุสิ่งที่ถูกลบ ลดรายละเอียด
                               และแทนด้วยนามแฝง เป็นจำนวนและตำแหน่ง ไม่มีค่าข้อมูล
        -l, --lang <lang>      ภาษาของข้อความและวิธีใช้: en, th หรือ es หรือแท็กภาษา เช่น
                               th-TH (ค่าเริ่มต้น: ตาม $TIPX_LANG หรือ $LANG มิฉะนั้นเป็น en)
        -h, --help             แสดงวิธีใช้

      ชุดข้อมูล JSON หนึ่งชุดจะได้ชุดข้อมูล JSON ที่ปกปิดแล้วหนึ่งชุด ส่วน NDJSON อาร์เรย์ JSON
      หรือหลายไฟล์จะได้ผลเป็น NDJSON บรรทัดละหนึ่งชุด ชุดที่ไม่ถูกต้องจะถูกรายงานแบบเดียวกับ
      tipx validate และจะไม่ถูกเขียน (รหัสการออก 1) กุญแจจะอ่านจากไฟล์เท่านั้นและไม่แสดงออกมา
      สร้างกุญแจได้ด้วย
        $ head -c 32 /dev/urandom > pseudonym.key && chmod 600 pseudonym.key
      และเก็บรักษาไว้ กุญแจเดิมให้นามแฝงเดิม จึงยังเชื่อมโยงรายการต่าง ๆ เข้าด้วยกันได้

      ตัวอย่าง:
        $ tipx redact --purpose statistics examples/bundles/mae-sot-interception.json
        $ tipx redact --purpose research --key-file pseudonym.key --out research.ndjson cases.ndjson
        $ tipx redact --purpose statistics --report redactions.jsonl exports/*.json > statistics.ndjson
      "
    `);
  });

  it("tipx redact --help --lang es reads like this", async () => {
    const result = await runCli(["redact", "--help", "--lang", "es"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Uso: tipx redact [options] <files...>

      Anonimiza cada paquete para un propósito con @tipx/privacy: cada campo se
      elimina, se generaliza o se conserva según su clase de sensibilidad y el
      propósito, y con --key-file los ids, identificadores locales y números de
      documento que quedan se reemplazan por seudónimos HMAC-SHA-256 con clave,
      iguales para la misma clave. Cada paquete se valida antes y después.

      Argumentos:
        files                  archivos JSON o NDJSON de paquetes, o - para la entrada
                               estándar

      Opciones:
        --purpose <purpose>    para qué se comparten los paquetes; decide qué se
                               elimina (valores: "case-management", "referral",
                               "prosecution", "statistics", "research",
                               "cross-border-transfer")
        -k, --key-file <file>  seudonimizar con la clave de este archivo (al menos 32
                               bytes aleatorios, solo de su titular); nunca la clave
                               misma
        -o, --out <file>       escribir en este archivo (modo 0600) en lugar de la
                               salida estándar
        --report <file>        escribir en este archivo una línea JSON por paquete: lo
                               eliminado, generalizado y seudonimizado, en cantidades
                               y rutas, nunca valores
        -l, --lang <lang>      idioma de los mensajes y de la ayuda: en, th o es, o
                               una etiqueta como es-AR (por defecto: $TIPX_LANG, luego
                               $LANG, si no en)
        -h, --help             mostrar la ayuda

      Un paquete JSON de entrada da un paquete JSON anonimizado; NDJSON, un arreglo
      JSON o varios archivos dan NDJSON, un paquete por línea. Un paquete inválido se
      informa como lo hace tipx validate y no se escribe (código de salida 1). La
      clave solo se lee de un archivo y nunca se muestra: créela con
        $ head -c 32 /dev/urandom > seudonimos.key && chmod 600 seudonimos.key
      y consérvela: la misma clave da los mismos seudónimos, así los registros se
      pueden seguir vinculando.

      Ejemplos:
        $ tipx redact --purpose statistics examples/bundles/mae-sot-interception.json
        $ tipx redact --purpose research --key-file seudonimos.key --out investigacion.ndjson casos.ndjson
        $ tipx redact --purpose statistics --report anonimizacion.jsonl exportaciones/*.json > estadisticas.ndjson
      "
    `);
  });

  it("translates the help of assess, redact, explain and schema too, keeping command and option names", async () => {
    for (const command of ["assess", "redact", "explain", "schema"]) {
      const english = (await runCli([command, "--help"])).stdout;
      for (const lang of ["th", "es"]) {
        const translated = (await runCli([command, "--help", "--lang", lang])).stdout;
        expect(translated).not.toBe(english);
        const flags = (text: string) => text.match(/(?<=^|\s)--?[a-z][a-z-]*/gm);
        expect(flags(translated)).toEqual(flags(english));
      }
    }
  });

  it("translates the help of keys generate, sign, verify, encrypt and decrypt, keeping command and option names", async () => {
    for (const command of [["keys", "generate"], ["sign"], ["verify"], ["encrypt"], ["decrypt"]]) {
      const english = (await runCli([...command, "--help"])).stdout;
      for (const lang of ["th", "es"]) {
        const translated = (await runCli([...command, "--help", "--lang", lang])).stdout;
        expect(translated).not.toBe(english);
        const flags = (text: string) => text.match(/(?<=^|\s)--?[a-z][a-z-]*/gm);
        expect(flags(translated)).toEqual(flags(english));
      }
    }
  });

  it("prints usage errors with the hint in the --lang language", async () => {
    const result = await runCli(["validate", "--frobnicate", "--lang", "es", "x.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(ejecute con "--help" para ver el uso)');
  });
});
