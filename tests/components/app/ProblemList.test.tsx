import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../src/i18n';
import { DatasetErrorPage } from '../../../src/components/DatasetErrorPage';

const problems = Array.from({ length: 55 }, (_, i) => ({ path: i === 0 ? '' : `edges[${i}].source`, message: `problem ${i}` }));

describe('DatasetErrorPage', () => {
  it('lists the first fifty problems with their paths and says how many more there are', () => {
    render(
      <I18nextProvider i18n={createI18n('sv')}>
        <DatasetErrorPage problems={problems} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Datamängden kunde inte läsas in' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(50);
    expect(items[0]).toHaveTextContent('hela filen: problem 0');
    expect(items[3]).toHaveTextContent('edges[3].source: problem 3');
    expect(screen.getByText('…och 5 till.')).toBeInTheDocument();
  });
});
