import { ComingSoon } from '../../components/ComingSoon';

export const PricingPage = () => <ComingSoon area="pricing" />;
