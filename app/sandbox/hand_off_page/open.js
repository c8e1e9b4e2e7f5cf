// Opens a one-time hand-off in the developer's browser, with WebCrypto only: the key comes
// from the link's fragment and never leaves this page. The same format as app/api/hand_off.py,
// held to the same vectors (resources/api/hand-off-vectors.json) by a test in Chromium.
"use strict";

const HAND_OFF_FORMAT = 1;
const ENCRYPTION_LABEL = "shipturtle hand-off v1: encryption key";
const PROOF_LABEL = "shipturtle hand-off v1: key proof";
const BUCKETS = [1024, 2048, 4096, 8192];

function handOffBytes(text) {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

function handOffText(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function handOffAssociatedData(origin) {
  const encoder = new TextEncoder();
  const start = encoder.encode("shipturtle-hand-off");
  const end = encoder.encode(origin);
  const data = new Uint8Array(start.length + 3 + end.length);
  data.set(start, 0);
  data.set([0, HAND_OFF_FORMAT, 0], start.length);
  data.set(end, start.length + 3);
  return data;
}

async function handOffDerive(masterKey, label) {
  const base = await crypto.subtle.importKey("raw", masterKey, "HKDF", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits(
    { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new TextEncoder().encode(label) },
    base,
    256,
  );
  return new Uint8Array(bits);
}

// The key proof the server checks, as base64url: it shows the key without telling it.
async function handOffKeyProof(masterKeyText) {
  return handOffText(await handOffDerive(handOffBytes(masterKeyText), PROOF_LABEL));
}

// The hand-off's contents; throws when the key, the server or the format does not match.
async function openHandOff(ciphertextText, masterKeyText, origin) {
  const data = handOffBytes(ciphertextText);
  const masterKey = handOffBytes(masterKeyText);
  if (masterKey.length !== 32 || data.length < 1 + 12 + 16 || data[0] !== HAND_OFF_FORMAT) {
    throw new Error("This link is not a Shipturtle hand-off, or it was cut off.");
  }
  const raw = await handOffDerive(masterKey, ENCRYPTION_LABEL);
  const key = await crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["decrypt"]);
  let padded;
  try {
    padded = new Uint8Array(await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: data.slice(1, 13), additionalData: handOffAssociatedData(origin) },
      key,
      data.slice(13),
    ));
  } catch (error) {
    throw new Error("This link's key does not open it: copy the whole link again.");
  }
  let end = padded.length;
  while (end > 0 && padded[end - 1] === 0) end -= 1;
  if (!BUCKETS.includes(padded.length) || end === 0 || padded[end - 1] !== 0x80) {
    throw new Error("This hand-off is damaged.");
  }
  return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(padded.slice(0, end - 1)));
}
