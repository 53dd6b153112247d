import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { StorefrontForm } from '../../renderer/src/features/storefronts/StorefrontForm';
import { emptyValues } from '../../renderer/src/features/storefronts/storefront-form-values';
import { ApiError } from '../../renderer/src/api';
import i18n from '../../renderer/src/i18n';
import type { Storefront } from '../../shared/domain/storefronts';
import { renderUi } from './render';

const initial = { ...emptyValues('CNY', 'Asia/Shanghai'), name: 'JD 旗舰店', platform: 'jd' as const };

function setup(onSubmit = vi.fn(async () => ({ name: 'JD 旗舰店' }) as Storefront)) {
  const onDone = vi.fn();
  renderUi(
    <StorefrontForm initial={initial} onSubmit={onSubmit} onDone={onDone} onCancel={() => undefined} />,
  );
  return { onSubmit, onDone };
}

describe('StorefrontForm', () => {
  it('sends percentages as basis points and amounts as minor units, exactly', async () => {
    await i18n.changeLanguage('en');
    const { onSubmit, onDone } = setup();
    fireEvent.change(screen.getByLabelText('Commission (%)'), { target: { value: '8.25' } });
    fireEvent.change(screen.getByLabelText('Payment fee (%)'), { target: { value: '0.6' } });
    fireEvent.change(screen.getByLabelText('Fixed fee per order'), { target: { value: '0.3' } });
    fireEvent.change(screen.getByLabelText('Default shipping cost per order'), {
      target: { value: '10.05' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'JD 旗舰店',
      platform: 'jd',
      currency: 'CNY',
      timezone: 'Asia/Shanghai',
      role: 'core',
      feeRules: {
        commissionRateBp: 825,
        paymentFeeRateBp: 60,
        fixedFeeMinor: 30,
        shippingCostMinor: 1005,
        categoryCommissions: [],
      },
    });
  });

  it('shows translated field errors and does not submit bad input', async () => {
    await i18n.changeLanguage('zh-CN');
    const { onSubmit } = setup();
    fireEvent.change(screen.getByLabelText(/^店铺名称/), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('佣金（%）'), { target: { value: '12.345' } });
    fireEvent.change(screen.getByLabelText('每单固定费用'), { target: { value: '-1' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('必填')).toBeInTheDocument();
    expect(screen.getByText('请输入 0 到 100 之间、最多两位小数的百分比')).toBeInTheDocument();
    expect(screen.getByText('请输入非负金额，小数位不超过该币种的精度')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('puts the server’s field issues on the fields', async () => {
    await i18n.changeLanguage('en');
    const taken = new ApiError({
      code: 'CONFLICT',
      message: 'A storefront named "JD 旗舰店" already exists',
      key: 'storefrontNameTaken',
      params: { name: 'JD 旗舰店' },
      issues: [{ path: 'name', message: 'nameTaken' }],
    });
    setup(vi.fn(async () => Promise.reject(taken)));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This name is already used')).toBeInTheDocument();
    expect(await screen.findByText(/A storefront named “JD 旗舰店” already exists/)).toBeInTheDocument();
  });
});
