import { describe, expect, it } from 'vitest';
import {
  datasetJson,
  datasetOf,
  toRecord,
  type DatasetRecord,
  type StoredSummary,
} from '../../../src/store/keep';
import { validateDataset } from '../../../src/data/validate';
import { FIXTURE } from '../../fixtures/datasets';

const summary: StoredSummary = {
  id: 'dabc123',
  name: 'fixture',
  savedAt: '2026-12-01T10:00:00.000Z',
  nodes: FIXTURE.nodes.length,
  edges: FIXTURE.edges.length,
};

describe('the stored form of a dataset', () => {
  it('is its JSON text in a Blob, not the object (IndexedDB copies a Blob by reference)', async () => {
    const record = toRecord(summary, FIXTURE);
    expect(record).not.toHaveProperty('dataset');
    expect('json' in record && record.json).toBeInstanceOf(Blob);
    expect('json' in record && record.json.type).toBe('application/json');
    expect(JSON.parse(await datasetJson(FIXTURE).text())).toEqual(FIXTURE);
  });

  it('keeps the Blob the loading Worker made, as it is', () => {
    const made = datasetJson(FIXTURE);
    const record = toRecord(summary, FIXTURE, made);
    expect('json' in record && record.json).toBe(made);
  });

  it('round-trips through a structured clone (what IndexedDB stores) to the same, valid dataset', async () => {
    const stored = structuredClone(toRecord(summary, FIXTURE)) as DatasetRecord;
    const back = await datasetOf(stored);
    expect(back).toEqual(FIXTURE);
    expect(validateDataset(back).ok).toBe(true);
    expect(stored).toMatchObject(summary);
  });

  it('reads a record stored before the change: the dataset object of versions 1 and 2', async () => {
    const version2 = structuredClone({ ...summary, dataset: FIXTURE }) as DatasetRecord;
    expect(await datasetOf(version2)).toEqual(FIXTURE);
    const version1 = structuredClone({
      ...summary,
      dataset: FIXTURE,
      positions: new Map([['nct', { x: 1, y: 2 }]]),
      view: 'lang=en',
    }) as DatasetRecord;
    expect(await datasetOf(version1)).toEqual(FIXTURE);
  });

  it('a Blob that is not JSON is an error, not a dataset (storage reports it as unavailable)', async () => {
    const broken = { ...summary, json: new Blob(['{"nodes": ['], { type: 'application/json' }) };
    await expect(datasetOf(broken)).rejects.toThrow(SyntaxError);
  });
});
